import Foundation

/// An invoice as issued. What is still owed derives from its payments; nothing is stored twice.
public struct Invoice: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var number: String
    public var clientID: Int64
    public var issued: CalendarDay
    /// Nil when the invoice was issued without a due date (cobrador warns about it).
    public var due: CalendarDay?
    public var amount: Money
    public var lateFee: LateFeeClause?

    public init(
        id: Int64, number: String, clientID: Int64, issued: CalendarDay, due: CalendarDay?, amount: Money,
        lateFee: LateFeeClause? = nil
    ) {
        self.id = id
        self.number = number
        self.clientID = clientID
        self.issued = issued
        self.due = due
        self.amount = amount
        self.lateFee = lateFee
    }
}

/// The late-payment clause written in an invoice's terms.
public enum LateFeeClause: Hashable, Sendable, Codable {
    /// Percent per month of the outstanding amount, pro rata by day (e.g. 1.5 % a month); basis points.
    case monthlyRate(basisPoints: Int)
    /// A fixed fee once the invoice is late.
    case fixed(Money)
}
