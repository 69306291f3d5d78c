import Foundation

/// The whole of an invoice file read at once, for callers that hold it in memory anyway (tests, the
/// fuzzer, small files). `cobrador import` streams with `ExportReader` instead.
public enum InvoiceCSVParser {
    public static func parse(_ text: String, options: ImportOptions = ImportOptions()) -> Result<[InvoiceImportRow], ImportFailure> {
        let reader: ExportReader
        do {
            reader = try ExportReader(source: MemoryByteSource(text), options: options)
        } catch {
            return .failure(error)
        }
        var rows: [InvoiceImportRow] = []
        var seen: [String: Int] = [:]
        var problems = ImportProblemLog()
        while let item = reader.nextItem() {
            guard case .invoice(let row) = item else { continue }
            // The store finds a number twice when it writes; a parse alone must find it too.
            let key = row.number.uppercased()
            if let first = seen[key] {
                problems.add(line: row.line, .duplicateInFile(number: row.number, firstLine: first))
            } else {
                seen[key] = row.line
                rows.append(row)
            }
        }
        problems.merge(reader.problems)
        return problems.isEmpty ? .success(rows) : .failure(problems.failure)
    }

    /// Either decimal separator: "1200.50", "1.200,50", "1,200.50", "1200,5"; a currency symbol or code
    /// around it is allowed. Nil for a negative amount or anything that is not an amount.
    public static func parseAmount(_ raw: String, currency: Currency) -> Money? {
        guard let amount = ImportAmount.parse(raw, minorDigits: currency.minorDigits), !amount.isNegative,
            let minor = amount.minorUnits(currency)
        else { return nil }
        if case .currency(let named)? = amount.hint, named != currency { return nil }
        return Money(minorUnits: minor, currency: currency)
    }
}
