import Foundation

/// One invoice read from a file, validated: what the store writes.
public struct InvoiceImportRow: Hashable, Sendable, Codable {
    /// The first line of the file the invoice came from.
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
    /// When `paid` was paid (the `paid_on` column, an export's payment date). Nil: the file does not say.
    public var paidOn: CalendarDay?
    /// The payments one by one with their dates, when the file lists them (journal exports); they add
    /// up to `paid`. Empty otherwise.
    public var payments: [ImportedPayment]

    public init(
        line: Int, number: String, clientName: String, email: String?, phone: String?, contact: String?,
        issued: CalendarDay, due: CalendarDay?, amount: Money, paid: Money, paidOn: CalendarDay? = nil,
        payments: [ImportedPayment] = []
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
        self.paidOn = paidOn
        self.payments = payments
    }
}

/// A dated payment an export records against an invoice.
public struct ImportedPayment: Hashable, Sendable, Codable {
    public var amount: Money
    public var date: CalendarDay

    public init(amount: Money, date: CalendarDay) {
        self.amount = amount
        self.date = date
    }
}

/// What a file says about one invoice number.
public enum ImportItem: Hashable, Sendable {
    /// An invoice that is a debt (possibly paid): write it.
    case invoice(InvoiceImportRow)
    /// A draft, voided, cancelled or written-off invoice: not a debt. If cobrador has it from an earlier
    /// import it is taken out (unless something was recorded against it in cobrador).
    case withdrawn(number: String, line: Int, standing: InvoiceStanding)
}

/// The invoices of a file, one at a time, for the store to write in one transaction. Lines that cannot
/// be read do not come out; they are kept in `problems`, and the store commits only when it stays empty.
public protocol InvoiceRowSource: AnyObject {
    func nextItem() -> ImportItem?
    var problems: ImportProblemLog { get }
}

/// Rows already in memory (the demo book, tests).
public final class InvoiceRowArraySource: InvoiceRowSource {
    private var iterator: IndexingIterator<[InvoiceImportRow]>
    public let problems = ImportProblemLog()

    public init(_ rows: [InvoiceImportRow]) { iterator = rows.makeIterator() }

    public func nextItem() -> ImportItem? { iterator.next().map(ImportItem.invoice) }
}

/// A count with the first few names, for a summary ("New invoices: 1,000,000 (INV-1, INV-2, …)").
public struct ImportTally: Hashable, Sendable, Codable {
    public static let sampleSize = 12
    public private(set) var count = 0
    public private(set) var sample: [String] = []

    public init() {}

    public var isEmpty: Bool { count == 0 }

    public mutating func add(_ name: String) {
        count += 1
        if sample.count < Self.sampleSize { sample.append(name) }
    }
}

/// What an import did (or, with `--dry-run`, would do).
public struct ImportSummary: Hashable, Sendable {
    public var created = ImportTally()
    public var updated = ImportTally()
    public var unchanged = ImportTally()
    public var clientsCreated = ImportTally()
    /// Invoices an earlier import brought in that the file now gives as draft, voided, cancelled or written off.
    public var removed = ImportTally()
    /// The same, but kept because payments, contacts, promises or pauses were recorded against them in cobrador.
    public var keptWithHistory = ImportTally()
    /// Payments dated after the import day in the file, recorded on the import day.
    public var futurePaymentsDatedToday = 0
    /// Every problem (the file's and the store's), in line order; empty when the import was applied.
    public var failure = ImportFailure([])
    public var dryRun = false

    public init() {}

    public var problems: [ImportProblem] { failure.problems }
    public var succeeded: Bool { failure.count == 0 }
    /// Whether the import may have changed the names a parser knows (an updated invoice may have moved to
    /// another client, so it counts too).
    public var changesNames: Bool {
        !created.isEmpty || !clientsCreated.isEmpty || !removed.isEmpty || !updated.isEmpty
    }
}
