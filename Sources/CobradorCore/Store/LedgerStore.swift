import Foundation

/// The persistence port. The domain and the bot talk to this; SQLite (and later PostgreSQL) implement it.
/// Every method that writes does so in one transaction and leaves an audit entry. The requirements are
/// `async` for engines that talk to a server; a synchronous implementation (GRDB's) satisfies them too.
public protocol LedgerStore: Sendable {
    func clients() async throws -> [Client]
    func clientFile(id: Int64) async throws -> ClientFile?
    /// Files of the clients that still owe something (for the agenda and the advisor across clients).
    func clientFilesWithOpenInvoices() async throws -> [ClientFile]
    /// Every invoice with a positive balance, aggregated in the store.
    func openItems() async throws -> [OpenItem]
    func invoice(number: String) async throws -> Invoice?
    /// Every invoice number and its client, for the parser to recognise numbers.
    func invoiceNumbers() async throws -> [String: Int64]
    /// The most recently added invoice numbers, newest first (to propose the next number).
    func recentInvoiceNumbers(limit: Int) async throws -> [String]

    /// Changes whenever any process commits to the store (cheap to read): lets readers keep caches.
    /// Nil when the store cannot tell, in which case callers must not cache across writers.
    func changeToken() async throws -> String?
    /// Moves whenever any process adds or removes a client, an alias or an invoice number: what a parser
    /// built over the book's names depends on. Nil when the store cannot tell (then any change counts).
    func namesToken() async throws -> String?

    func apply(_ change: LedgerChange, by actor: Actor) async throws -> ChangeReceipt
    /// Several changes in one transaction: all of them or none (a payment spread over invoices).
    func apply(all changes: [LedgerChange], by actor: Actor) async throws -> [ChangeReceipt]
    /// Reverts changes applied earlier (the bot's "undo"), newest first, in one transaction.
    func undo(_ receipts: [ChangeReceipt], by actor: Actor) async throws
    /// The newest change by this actor that is not undone yet, for "undo" in a new session.
    func lastUndoable(by actor: Actor) async throws -> (receipts: [ChangeReceipt], detail: String)?
    /// Writes the invoices `source` yields in one transaction (all or nothing; nothing on a dry run), pulling
    /// them one at a time so a file of any size is never held in memory. Problems in the file (`source.problems`)
    /// and against the book come back in the summary's `failure`, in line order.
    func importInvoices(
        from source: any InvoiceRowSource, on day: CalendarDay, by actor: Actor, dryRun: Bool,
        progress: (@Sendable (Int) -> Void)?
    ) async throws -> ImportSummary
    func auditTrail(limit: Int) async throws -> [AuditEntry]
}

/// Who made a change and through which door: shown in the audit trail.
public struct Actor: Hashable, Sendable, Codable {
    public var user: String
    public var channel: String

    public init(user: String, channel: String) {
        self.user = user
        self.channel = channel
    }

    public static let cli = Actor(user: "local", channel: "cli")
}

/// What a change did, enough to show it and to undo it.
public struct ChangeReceipt: Hashable, Sendable, Codable {
    public var auditID: Int64
    /// The id of the row the change created or touched.
    public var rowID: Int64

    public init(auditID: Int64, rowID: Int64) {
        self.auditID = auditID
        self.rowID = rowID
    }
}

public struct AuditEntry: Hashable, Sendable, Codable {
    public var id: Int64
    public var at: String
    public var user: String
    public var channel: String
    public var action: String
    public var detail: String
    public var undone: Bool

    public init(id: Int64, at: String, user: String, channel: String, action: String, detail: String, undone: Bool) {
        self.id = id
        self.at = at
        self.user = user
        self.channel = channel
        self.action = action
        self.detail = detail
        self.undone = undone
    }
}

/// Every write the product can make, as a value.
public enum LedgerChange: Hashable, Sendable, Codable {
    case addClient(name: String, contacts: [ClientContact])
    case addInvoice(NewInvoice)
    case recordPayment(invoiceID: Int64, amount: Money, date: CalendarDay, note: String?)
    case logContact(
        clientID: Int64, invoiceID: Int64?, channel: ContactEvent.Channel, outcome: ContactEvent.Outcome,
        date: CalendarDay, note: String?)
    case promise(clientID: Int64, invoiceID: Int64?, promisedFor: CalendarDay, amount: Money?, madeOn: CalendarDay)
    case addContact(clientID: Int64, contact: ClientContact)
    case addAlias(clientID: Int64, alias: String)
    case pause(
        clientID: Int64, invoiceID: Int64?, kind: FollowUpPause.Kind, from: CalendarDay, until: CalendarDay?,
        note: String?)
    case resumeFollowUp(clientID: Int64, on: CalendarDay)

    /// Whether the change adds a name the parser must know: a client, an alias or an invoice number.
    public var changesNames: Bool {
        switch self {
        case .addClient, .addInvoice, .addAlias: return true
        case .recordPayment, .logContact, .promise, .addContact, .pause, .resumeFollowUp: return false
        }
    }
}

public struct NewInvoice: Hashable, Sendable, Codable {
    public var number: String
    public var clientID: Int64
    public var issued: CalendarDay
    public var due: CalendarDay?
    public var amount: Money
    public var lateFee: LateFeeClause?
    /// A client to create with the invoice (then `clientID` is ignored): "nueva factura para Cliente Nuevo".
    public var newClientName: String?

    public init(
        number: String, clientID: Int64, issued: CalendarDay, due: CalendarDay?, amount: Money,
        lateFee: LateFeeClause? = nil, newClientName: String? = nil
    ) {
        self.newClientName = newClientName
        self.number = number
        self.clientID = clientID
        self.issued = issued
        self.due = due
        self.amount = amount
        self.lateFee = lateFee
    }
}

/// Why the store refused a change. The bot turns these into a sentence in the user's language.
public enum LedgerError: Error, Hashable, Sendable {
    case unknownClient(Int64)
    case unknownInvoice(String)
    case duplicateInvoice(String)
    case currencyMismatch(expected: Currency, got: Currency)
    case nonPositiveAmount
    case nothingToUndo
    case alreadyUndone
    case invalid(String)
}

extension LedgerStore {
    /// A store that does not track its names says so: every change then counts as a change of names.
    public func namesToken() async throws -> String? { nil }
}
