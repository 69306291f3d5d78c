import Foundation

/// What the user said about the file on the command line (or the configuration), on top of what is in it.
public struct ImportOptions: Sendable {
    /// `--format NAME`: skip detection.
    public var format: ExportFormat?
    /// `--map FIELD=COLUMN`, in the order given.
    public var mappings: [ColumnOverride]
    /// `--currency CODE`, else the configuration's default: for files that do not say.
    public var currency: Currency?
    /// `--terms DAYS`: the payment term for invoices whose file gives neither a due date nor terms.
    public var termDays: Int
    /// Whether `termDays` was chosen by the user (the summary says which).
    public var termDaysGiven: Bool
    /// `--dates dmy|mdy|ymd`: how to read 03/04/2026 when the file itself does not tell.
    public var dateOrder: DateOrder?

    public static let defaultTermDays = 30

    public init(
        format: ExportFormat? = nil, mappings: [ColumnOverride] = [], currency: Currency? = nil, termDays: Int? = nil,
        dateOrder: DateOrder? = nil
    ) {
        self.format = format
        self.mappings = mappings
        self.currency = currency
        self.termDays = termDays ?? Self.defaultTermDays
        self.termDaysGiven = termDays != nil
        self.dateOrder = dateOrder
    }
}

/// One `--map FIELD=COLUMN`.
public struct ColumnOverride: Hashable, Sendable {
    public var field: ImportField
    public var column: String

    public init(field: ImportField, column: String) {
        self.field = field
        self.column = column
    }

    /// `due=Fecha vencimiento`, `due="Fecha vencimiento"`, `vencimiento:Fecha`.
    public init?(parsing text: String) {
        guard let cut = text.firstIndex(where: { $0 == "=" || $0 == ":" }) else { return nil }
        var column = text[text.index(after: cut)...].trimmingCharacters(in: .whitespaces)
        if column.count >= 2, let first = column.first, first == column.last, first == "\"" || first == "'" {
            column = String(column.dropFirst().dropLast())
        }
        guard let field = ImportField(userName: String(text[..<cut])), !column.isEmpty else { return nil }
        self.init(field: field, column: column)
    }
}

/// The order of day, month and year in a numeric date.
public enum DateOrder: String, Sendable, Hashable, CaseIterable, Codable {
    case dmy, mdy, ymd
}
