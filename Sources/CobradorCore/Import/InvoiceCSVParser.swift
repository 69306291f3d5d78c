import Foundation

/// Turns an invoice CSV (PRODUCT.md §3) into validated rows, or into the list of every bad line.
/// Pure: the store applies the rows in one transaction, or not at all.
public enum InvoiceCSVParser {
    public enum Column: String, CaseIterable, Sendable {
        case number, client, email, phone, contact, issued, due, amount, currency, paid
    }

    static let required: [Column] = [.number, .client, .issued, .due, .amount, .currency]

    /// Header names accepted, after lower-casing and dropping accents.
    static let headerNames: [String: Column] = [
        "number": .number, "numero": .number, "invoice": .number, "factura": .number, "no": .number,
        "client": .client, "cliente": .client, "customer": .client,
        "email": .email, "correo": .email, "e-mail": .email,
        "phone": .phone, "telefono": .phone, "tel": .phone,
        "contact": .contact, "contacto": .contact, "person": .contact, "persona": .contact,
        "issued": .issued, "emision": .issued, "fecha": .issued, "issue date": .issued, "fecha emision": .issued,
        "due": .due, "vencimiento": .due, "due date": .due, "fecha vencimiento": .due,
        "amount": .amount, "importe": .amount, "total": .amount,
        "currency": .currency, "moneda": .currency, "divisa": .currency,
        "paid": .paid, "pagado": .paid, "cobrado": .paid,
    ]

    static let maxFieldLength = 500

    public static func parse(_ text: String) -> Result<[InvoiceImportRow], ImportFailure> {
        let table = CSVTable(parsing: text)
        var problems: [ImportProblem] = []
        if let line = table.unterminatedQuoteLine { problems.append(ImportProblem(line: line, reason: .unterminatedQuote)) }
        guard let header = table.records.first else { return .failure(ImportFailure([ImportProblem(line: 0, reason: .empty)])) }

        var index: [Column: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let key = normalizeHeader(raw)
            guard let column = headerNames[key] else {
                problems.append(ImportProblem(line: header.line, reason: .unknownColumn(raw)))
                continue
            }
            if index[column] == nil { index[column] = i }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            problems.append(ImportProblem(line: header.line, reason: .missingColumns(missing.map(\.rawValue))))
            return .failure(ImportFailure(problems))
        }

        var rows: [InvoiceImportRow] = []
        rows.reserveCapacity(table.records.count)
        var seen: [String: Int] = [:]
        for record in table.records.dropFirst() {
            if record.fields.count != header.fields.count {
                problems.append(ImportProblem(
                    line: record.line, reason: .wrongFieldCount(expected: header.fields.count, got: record.fields.count)))
                continue
            }
            switch row(record, index) {
            case .success(let r):
                let key = r.number.uppercased()
                if let first = seen[key] {
                    problems.append(ImportProblem(line: r.line, reason: .duplicateInFile(number: r.number, firstLine: first)))
                } else {
                    seen[key] = r.line
                    rows.append(r)
                }
            case .failure(let p):
                problems.append(p)
            }
        }
        return problems.isEmpty ? .success(rows) : .failure(ImportFailure(problems))
    }

    static func row(_ record: CSVTable.Record, _ index: [Column: Int]) -> Result<InvoiceImportRow, ImportProblem> {
        let line = record.line
        // Each field is trimmed once: this runs for every row of files with millions of them.
        var values: [Column: String] = [:]
        for (c, i) in index {
            let v = trimmed(record.fields[i])
            if !v.isEmpty { values[c] = v }
        }
        func value(_ c: Column) -> String? { values[c] }
        func fail(_ r: ImportProblem.Reason) -> Result<InvoiceImportRow, ImportProblem> {
            .failure(ImportProblem(line: line, reason: r))
        }
        for c in Column.allCases { if let v = value(c), v.count > maxFieldLength { return fail(.tooLong(column: c.rawValue)) } }
        for c in required where value(c) == nil { return fail(.missingValue(column: c.rawValue)) }
        let number = value(.number)!, client = value(.client)!
        guard let currency = Currency(code: value(.currency)!) else { return fail(.unknownCurrency(value(.currency)!)) }
        guard let issued = CalendarDay(parsing: value(.issued)!) else {
            return fail(.badDate(column: "issued", value: value(.issued)!))
        }
        guard let due = CalendarDay(parsing: value(.due)!) else { return fail(.badDate(column: "due", value: value(.due)!)) }
        if due < issued { return fail(.dueBeforeIssued) }
        let amountText = value(.amount)!
        if amountText.hasPrefix("-") { return fail(.negativeAmount(column: "amount")) }
        guard let amount = parseAmount(amountText, currency: currency) else {
            return fail(.badAmount(column: "amount", value: amountText))
        }
        if !amount.isPositive { return fail(.zeroAmount) }
        var paid = Money.zero(currency)
        if let paidText = value(.paid) {
            if paidText.hasPrefix("-") { return fail(.negativeAmount(column: "paid")) }
            guard let p = parseAmount(paidText, currency: currency) else { return fail(.badAmount(column: "paid", value: paidText)) }
            paid = p
        }
        if paid.minorUnits > amount.minorUnits { return fail(.paidExceedsAmount) }
        return .success(InvoiceImportRow(
            line: line, number: number, clientName: client, email: value(.email), phone: value(.phone),
            contact: value(.contact), issued: issued, due: due, amount: amount, paid: paid))
    }

    /// Spaces, tabs and line breaks off both ends; a fast path for the usual field that has none.
    static func trimmed(_ field: String) -> String {
        let utf8 = field.utf8
        guard let first = utf8.first, let last = utf8.last else { return field }
        func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
        if !isSpace(first) && !isSpace(last) && first < 0x80 && last < 0x80 { return field }
        return field.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Either decimal separator: "1200.50", "1.200,50", "1,200.50", "1200,5". When both appear the last
    /// one is the decimal mark; a lone separator followed by exactly three digits groups thousands.
    public static func parseAmount(_ raw: String, currency: Currency) -> Money? {
        var text = raw.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        for symbol in ["€", "$", "£"] { text = text.replacingOccurrences(of: symbol, with: "") }
        if text.uppercased().hasSuffix(currency.code) { text = String(text.dropLast(currency.code.count)) }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        let lastDot = text.lastIndex(of: "."), lastComma = text.lastIndex(of: ",")
        var plain: String
        if let d = lastDot, let c = lastComma {
            let decimalMark: Character = d > c ? "." : ","
            let group: Character = decimalMark == "." ? "," : "."
            guard text.filter({ $0 == decimalMark }).count == 1 else { return nil }
            guard groupsAreValid(String(text[..<(decimalMark == "." ? d : c)]), separator: group) else { return nil }
            plain = text.replacingOccurrences(of: String(group), with: "")
            plain = plain.replacingOccurrences(of: String(decimalMark), with: ".")
        } else if let sep = lastDot ?? lastComma {
            let mark = text[sep]
            let count = text.filter { $0 == mark }.count
            let after = text[text.index(after: sep)...].count
            if count > 1 || (after == 3 && currency.minorDigits != 3) {
                guard groupsAreValid(text, separator: mark) else { return nil }
                plain = text.replacingOccurrences(of: String(mark), with: "")
            } else {
                plain = text.replacingOccurrences(of: String(mark), with: ".")
            }
        } else {
            plain = text
        }
        return Money(decimalString: plain, currency: currency)
    }

    /// "1.234.567" is grouped properly; "12.34.5" is not.
    static func groupsAreValid(_ text: String, separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    static func normalizeHeader(_ raw: String) -> String {
        raw.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
            .replacingOccurrences(of: "_", with: " ")
    }
}
