import Foundation

/// One validated line of an invoice CSV.
public struct InvoiceImportRow: Hashable, Sendable, Codable {
    public var line: Int
    public var number: String
    public var clientName: String
    public var email: String?
    public var phone: String?
    public var contact: String?
    public var issued: CalendarDay
    public var due: CalendarDay?
    public var amount: Money
    /// What the client has already paid, as the file says.
    public var paid: Money

    public init(
        line: Int, number: String, clientName: String, email: String?, phone: String?, contact: String?,
        issued: CalendarDay, due: CalendarDay?, amount: Money, paid: Money
    ) {
        self.line = line
        self.number = number
        self.clientName = clientName
        self.email = email
        self.phone = phone
        self.contact = contact
        self.issued = issued
        self.due = due
        self.amount = amount
        self.paid = paid
    }
}

/// What an import did (or, with `--dry-run`, would do).
public struct ImportSummary: Hashable, Sendable, Codable {
    public var created: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []
    public var clientsCreated: [String] = []
    public var problems: [ImportProblem] = []
    public var dryRun = false

    public init() {}
}
