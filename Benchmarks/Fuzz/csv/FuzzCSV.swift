import CobradorCore
import Foundation

// libFuzzer target: whatever bytes arrive as an invoice file, `CSVTable` and `InvoiceCSVParser.parse`
// must not crash, and what they accept must respect the import rules.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    // Decoded exactly as `cobrador import` does it.
    let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .isoLatin1) ?? ""
    let table = CSVTable(parsing: text)
    var previous = 0
    for record in table.records {
        guard record.line >= max(previous, 1) else { fatalError("record lines go backwards: \(record.line) after \(previous)") }
        previous = record.line
    }
    switch InvoiceCSVParser.parse(text) {
    case .success(let rows):
        var numbers = Set<String>()
        for row in rows {
            guard row.amount.isPositive, row.paid.minorUnits >= 0, row.paid.minorUnits <= row.amount.minorUnits,
                  row.paid.currency == row.amount.currency else { fatalError("accepted a bad amount on line \(row.line)") }
            guard let due = row.due, due >= row.issued else { fatalError("accepted a bad due date on line \(row.line)") }
            guard numbers.insert(row.number.uppercased()).inserted else { fatalError("accepted a duplicate \(row.number)") }
            guard !row.number.isEmpty, !row.clientName.isEmpty else { fatalError("accepted an empty key on line \(row.line)") }
        }
    case .failure(let failure):
        guard !failure.problems.isEmpty else { fatalError("a failure without problems") }
        _ = failure.message(.es)
        _ = failure.message(.en)
    }
    return 0
}
