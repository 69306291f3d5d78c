import Foundation

/// Why a line of an invoice file (or the file as a whole) was refused. Language-free: `key` names the
/// template in `Responses/` and the reason's values fill it.
public struct ImportProblem: Hashable, Sendable, Codable, Error {
    public enum Reason: Hashable, Sendable, Codable {
        case empty
        /// The header is not one cobrador can read: the fields it could not find, the columns it did not use.
        case unknownLayout(missing: [String], unused: [String])
        /// `--map FIELD=COLUMN` names a column the header does not have.
        case mappedColumnMissing(field: String, column: String)
        case wrongFieldCount(expected: Int, got: Int)
        case missingValue(column: String)
        case badDate(column: String, value: String)
        /// A day-first date in a file read month-first (or the reverse), after lines that settled the order.
        case dateOrderConflict(column: String, value: String, order: DateOrder)
        case badAmount(column: String, value: String)
        case negativeAmount(column: String)
        case zeroAmount
        case unknownCurrency(String)
        /// The file does not say the currency (or only "$"), and neither `--currency` nor the configuration does.
        case noCurrency(symbol: String?)
        /// An amount written in one currency on an invoice in another.
        case currencyConflict(value: String, currency: String)
        case paidExceedsAmount
        case duplicateInFile(number: String, firstLine: Int)
        /// Two rows of one invoice name different clients or currencies.
        case invoiceRowsDisagree(number: String, column: String, first: String, other: String)
        case numberBelongsToOtherClient(number: String, client: String)
        case currencyChanged(number: String, from: String, to: String)
        case unterminatedQuote
        case tooLong(column: String)
    }

    /// 1-based line in the file; 0 for the file as a whole.
    public var line: Int
    public var reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    /// The template that words the reason (`import.problem.…` in `Responses/`); the reason's values fill it.
    public var key: String {
        switch reason {
        case .empty: return "import.problem.empty"
        case .unknownLayout: return "import.problem.unknown_layout"
        case .mappedColumnMissing: return "import.problem.mapped_column_missing"
        case .wrongFieldCount: return "import.problem.wrong_field_count"
        case .missingValue: return "import.problem.missing_value"
        case .badDate: return "import.problem.bad_date"
        case .dateOrderConflict: return "import.problem.date_order_conflict"
        case .badAmount: return "import.problem.bad_amount"
        case .negativeAmount: return "import.problem.negative_amount"
        case .zeroAmount: return "import.problem.zero_amount"
        case .unknownCurrency: return "import.problem.unknown_currency"
        case .noCurrency(let symbol): return symbol == nil ? "import.problem.no_currency" : "import.problem.no_currency_symbol"
        case .currencyConflict: return "import.problem.currency_conflict"
        case .paidExceedsAmount: return "import.problem.paid_exceeds_amount"
        case .duplicateInFile: return "import.problem.duplicate_in_file"
        case .invoiceRowsDisagree: return "import.problem.invoice_rows_disagree"
        case .numberBelongsToOtherClient: return "import.problem.number_belongs_to_other_client"
        case .currencyChanged: return "import.problem.currency_changed"
        case .unterminatedQuote: return "import.problem.unterminated_quote"
        case .tooLong: return "import.problem.too_long"
        }
    }

    /// `--map number="Nº" --map client="Razón social"`: for each missing field, the first unused column
    /// whose name suggests it, else a placeholder.
    public static func mapExample(missing: [String], unused: [String]) -> String {
        let hints: [String: [String]] = [
            "number": ["num", "ref", "no", "#", "factura", "invoice", "doc", "folio", "id"],
            "client": ["client", "customer", "nombre", "name", "razon", "empresa", "company", "contact"],
            "issued": ["emis", "emit", "fecha", "date", "issue", "creat", "dia"],
            "total": ["total", "importe", "suma", "amount", "monto", "valor", "price", "precio", "base"],
        ]
        var taken = Set<String>()
        var parts: [String] = []
        for field in missing {
            let words = hints[field] ?? [field]
            let column = unused.first { name in
                let n = name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
                return !taken.contains(name) && words.contains { n.contains($0) }
            }
            if let column { taken.insert(column) }
            parts.append("--map \(field)=\"\(column ?? "…")\"")
        }
        return parts.joined(separator: " ")
    }
}

/// Every problem found in a file, reported together so the user can fix them in one pass. Past
/// `detailLimit` only the line numbers are kept (as ranges), so a file of a million bad lines costs
/// kilobytes, not its size again.
public struct ImportFailure: Error, Hashable, Sendable {
    public var problems: [ImportProblem]
    /// Problems past the detailed ones, and their lines.
    public var omitted: Int
    public var omittedLines: [ClosedRange<Int>]

    public init(_ problems: [ImportProblem], omitted: Int = 0, omittedLines: [ClosedRange<Int>] = []) {
        self.problems = problems
        self.omitted = omitted
        self.omittedLines = omittedLines
    }

    public var count: Int { problems.count + omitted }
}

/// Problems as they are found, in bounded memory.
public struct ImportProblemLog: Sendable {
    public static let detailLimit = 1000
    static let rangeLimit = 10_000

    public private(set) var problems: [ImportProblem] = []
    public private(set) var omitted = 0
    public private(set) var omittedLines: [ClosedRange<Int>] = []

    public init() {}

    public var isEmpty: Bool { problems.isEmpty }
    public var count: Int { problems.count + omitted }

    public mutating func add(_ problem: ImportProblem) {
        if problems.count < Self.detailLimit {
            problems.append(problem)
            return
        }
        omitted += 1
        let line = problem.line
        if let last = omittedLines.last, line >= last.lowerBound, line <= last.upperBound + 1 {
            omittedLines[omittedLines.count - 1] = last.lowerBound...max(last.upperBound, line)
        } else if omittedLines.count < Self.rangeLimit {
            omittedLines.append(line...line)
        }
    }

    public mutating func add(line: Int, _ reason: ImportProblem.Reason) { add(ImportProblem(line: line, reason: reason)) }

    public mutating func merge(_ other: ImportProblemLog) {
        for p in other.problems { add(p) }
        omitted += other.omitted
        omittedLines += other.omittedLines.prefix(Self.rangeLimit - min(omittedLines.count, Self.rangeLimit))
    }

    /// The problems in line order (the file's as a whole first).
    public var failure: ImportFailure {
        ImportFailure(problems.sorted { $0.line < $1.line }, omitted: omitted, omittedLines: omittedLines.sorted { $0.lowerBound < $1.lowerBound })
    }
}
