import Foundation

/// The client said they would pay by a date (optionally an amount).
public struct PaymentPromise: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var clientID: Int64
    public var invoiceID: Int64?
    public var promisedFor: CalendarDay
    public var amount: Money?
    /// The day the promise was made.
    public var madeOn: CalendarDay

    public init(
        id: Int64, clientID: Int64, invoiceID: Int64? = nil, promisedFor: CalendarDay, amount: Money? = nil,
        madeOn: CalendarDay
    ) {
        self.id = id
        self.clientID = clientID
        self.invoiceID = invoiceID
        self.promisedFor = promisedFor
        self.amount = amount
        self.madeOn = madeOn
    }
}
