import Foundation

/// Why a line of an invoice file was refused. Rendered in the user's language.
public struct ImportProblem: Hashable, Sendable, Codable, Error {
    public enum Reason: Hashable, Sendable, Codable {
        case empty
        case missingColumns([String])
        case unknownColumn(String)
        case wrongFieldCount(expected: Int, got: Int)
        case missingValue(column: String)
        case badDate(column: String, value: String)
        case badAmount(column: String, value: String)
        case negativeAmount(column: String)
        case zeroAmount
        case unknownCurrency(String)
        case paidExceedsAmount
        case dueBeforeIssued
        case duplicateInFile(number: String, firstLine: Int)
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

    private func reasonText(_ lang: Language) -> String {
        let es = lang == .es
        switch reason {
        case .empty:
            return es ? "el fichero está vacío" : "the file is empty"
        case .missingColumns(let cols):
            let list = cols.joined(separator: ", ")
            return es ? "faltan columnas obligatorias: \(list)" : "required columns are missing: \(list)"
        case .unknownColumn(let c):
            return es ? "columna desconocida «\(c)»" : "unknown column \"\(c)\""
        case .wrongFieldCount(let expected, let got):
            return es ? "tiene \(got) campos y la cabecera \(expected)" : "has \(got) fields but the header has \(expected)"
        case .missingValue(let c):
            return es ? "falta el valor de «\(c)»" : "\"\(c)\" is empty"
        case .badDate(let c, let v):
            return es
                ? "fecha no válida en «\(c)»: «\(v)» (use AAAA-MM-DD o dd/mm/aaaa)"
                : "invalid date in \"\(c)\": \"\(v)\" (use YYYY-MM-DD or dd/mm/yyyy)"
        case .badAmount(let c, let v):
            return es ? "importe no válido en «\(c)»: «\(v)»" : "invalid amount in \"\(c)\": \"\(v)\""
        case .negativeAmount(let c):
            return es ? "el importe de «\(c)» no puede ser negativo" : "the amount in \"\(c)\" cannot be negative"
        case .zeroAmount:
            return es ? "el importe de la factura debe ser mayor que cero" : "the invoice amount must be greater than zero"
        case .unknownCurrency(let c):
            return es ? "moneda desconocida «\(c)» (use un código ISO 4217 como EUR, USD, MXN)"
                : "unknown currency \"\(c)\" (use an ISO 4217 code such as EUR, USD, MXN)"
        case .paidExceedsAmount:
            return es ? "lo pagado supera el importe de la factura" : "the paid amount exceeds the invoice amount"
        case .dueBeforeIssued:
            return es ? "el vencimiento es anterior a la emisión" : "the due date is before the issue date"
        case .duplicateInFile(let n, let first):
            return es ? "la factura \(n) ya aparece en la línea \(first)" : "invoice \(n) already appears on line \(first)"
        case .numberBelongsToOtherClient(let n, let c):
            return es ? "la factura \(n) ya existe a nombre de otro cliente (\(c))"
                : "invoice \(n) already exists for another client (\(c))"
        case .currencyChanged(let n, let from, let to):
            return es ? "la factura \(n) está en \(from); no se puede cambiar a \(to)"
                : "invoice \(n) is in \(from); it cannot change to \(to)"
        case .unterminatedQuote:
            return es ? "hay unas comillas sin cerrar" : "a quoted field is never closed"
        case .tooLong(let c):
            return es ? "el valor de «\(c)» es demasiado largo" : "the value of \"\(c)\" is too long"
        }
    }
}

/// Every problem found in a file, reported together so the user can fix them in one pass.
public struct ImportFailure: Error, Hashable, Sendable {
    public var problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) { self.problems = problems }

    public func message(_ language: Language) -> String {
        problems.map { $0.message(language) }.joined(separator: "\n")
    }
}
