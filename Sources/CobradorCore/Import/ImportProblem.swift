import Foundation

/// Why a line of an invoice file (or the file as a whole) was refused. Rendered in the user's language.
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

    public func message(_ language: Language) -> String {
        let prefix = line > 0 ? (language == .es ? "línea \(line): " : "line \(line): ") : ""
        return prefix + reasonText(language)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func reasonText(_ lang: Language) -> String {
        let es = lang == .es
        switch reason {
        case .empty:
            return es ? "el fichero está vacío" : "the file is empty"
        case .unknownLayout(let missing, let unused):
            let fields = missing.compactMap(ImportField.init(rawValue:)).map { $0.label(lang) }.joined(separator: ", ")
            let columns = unused.isEmpty ? (es ? "ninguna" : "none") : unused.map { es ? "«\($0)»" : "\"\($0)\"" }.joined(separator: ", ")
            let example = Self.mapExample(missing: missing, unused: unused)
            return es
                ? "no reconozco este formato: no encuentro \(fields). Columnas que no he sabido asignar: \(columns). "
                    + "Dígame qué columna es cada cosa, por ejemplo: cobrador import FICHERO \(example) "
                    + "(`cobrador import --formats` lista los formatos y las columnas que lee)"
                : "I don't recognise this layout: I can't find the \(fields). Columns I could not map: \(columns). "
                    + "Tell me which column is which, for example: cobrador import FILE \(example) "
                    + "(`cobrador import --formats` lists the formats and the columns each reads)"
        case .mappedColumnMissing(let field, let column):
            return es
                ? "--map \(field)=«\(column)»: el fichero no tiene esa columna"
                : "--map \(field)=\"\(column)\": the file has no such column"
        case .wrongFieldCount(let expected, let got):
            return es ? "tiene \(got) campos y la cabecera \(expected)" : "has \(got) fields but the header has \(expected)"
        case .missingValue(let c):
            return es ? "falta el valor de «\(c)»" : "\"\(c)\" is empty"
        case .badDate(let c, let v):
            return es
                ? "fecha no válida en «\(c)»: «\(v)» (escríbala como 2026-11-30, 30/11/2026 o 30 nov 2026)"
                : "invalid date in \"\(c)\": \"\(v)\" (write it as 2026-11-30, 11/30/2026 or Nov 30 2026)"
        case .dateOrderConflict(let c, let v, let order):
            let (esOrder, enOrder) = order == .mdy ? ("mes/día", "month/day") : ("día/mes", "day/month")
            let other = order == .mdy ? "dmy" : "mdy"
            return es
                ? "la fecha «\(v)» de «\(c)» no cabe en el orden \(esOrder) de las demás fechas del fichero; "
                    + "si el fichero es al revés, impórtelo con --dates \(other)"
                : "the date \"\(v)\" in \"\(c)\" does not fit the \(enOrder) order of the file's other dates; "
                    + "if the file is the other way round, import it with --dates \(other)"
        case .badAmount(let c, let v):
            return es ? "importe no válido en «\(c)»: «\(v)»" : "invalid amount in \"\(c)\": \"\(v)\""
        case .negativeAmount(let c):
            return es ? "el importe de «\(c)» no puede ser negativo" : "the amount in \"\(c)\" cannot be negative"
        case .zeroAmount:
            return es ? "el importe de la factura debe ser mayor que cero" : "the invoice amount must be greater than zero"
        case .unknownCurrency(let c):
            return es
                ? "moneda desconocida «\(c)» (use un código ISO 4217 como EUR, USD, MXN)"
                : "unknown currency \"\(c)\" (use an ISO 4217 code such as EUR, USD, MXN)"
        case .noCurrency(let symbol):
            if let symbol {
                return es
                    ? "los importes llevan «\(symbol)» pero el fichero no dice de qué moneda es; indíquela con --currency "
                        + "(por ejemplo --currency USD, CAD, AUD o MXN) o ponga business.currency en la configuración"
                    : "the amounts are written with \"\(symbol)\" but the file does not say which currency that is; "
                        + "say it with --currency (for example --currency USD, CAD, AUD or MXN) or set business.currency "
                        + "in the configuration"
            }
            return es
                ? "el fichero no dice en qué moneda están los importes; indíquela con --currency (por ejemplo "
                    + "--currency EUR) o ponga business.currency en la configuración"
                : "the file does not say which currency the amounts are in; say it with --currency (for example "
                    + "--currency EUR) or set business.currency in the configuration"
        case .currencyConflict(let value, let currency):
            return es
                ? "el importe «\(value)» no está en \(currency), la moneda de la factura"
                : "the amount \"\(value)\" is not in \(currency), the invoice's currency"
        case .paidExceedsAmount:
            return es ? "lo pagado supera el importe de la factura" : "the paid amount exceeds the invoice amount"
        case .duplicateInFile(let n, let first):
            return es ? "la factura \(n) ya aparece en la línea \(first)" : "invoice \(n) already appears on line \(first)"
        case .invoiceRowsDisagree(let n, let column, let first, let other):
            return es
                ? "las líneas de la factura \(n) no coinciden en «\(column)»: «\(first)» y «\(other)»"
                : "the lines of invoice \(n) disagree on \"\(column)\": \"\(first)\" and \"\(other)\""
        case .numberBelongsToOtherClient(let n, let c):
            return es
                ? "la factura \(n) ya existe a nombre de otro cliente (\(c))"
                : "invoice \(n) already exists for another client (\(c))"
        case .currencyChanged(let n, let from, let to):
            return es
                ? "la factura \(n) está en \(from); no se puede cambiar a \(to)"
                : "invoice \(n) is in \(from); it cannot change to \(to)"
        case .unterminatedQuote:
            return es ? "hay unas comillas sin cerrar" : "a quoted field is never closed"
        case .tooLong(let c):
            return es ? "el valor de «\(c)» es demasiado largo" : "the value of \"\(c)\" is too long"
        }
    }

    /// `--map number="Nº" --map client="Razón social"`: for each missing field, the first unused column
    /// whose name suggests it, else a placeholder.
    static func mapExample(missing: [String], unused: [String]) -> String {
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

    public func message(_ language: Language) -> String {
        var lines = problems.map { $0.message(language) }
        if omitted > 0 {
            let ranges = omittedLines.prefix(40).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
            let more = omittedLines.count > 40 ? ", …" : ""
            lines.append(
                language == .es
                    ? "… y \(omitted) problema(s) más, en las líneas \(ranges.joined(separator: ", "))\(more)"
                    : "… and \(omitted) more problem(s), on lines \(ranges.joined(separator: ", "))\(more)")
        }
        return lines.joined(separator: "\n")
    }
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
