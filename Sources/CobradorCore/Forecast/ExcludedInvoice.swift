import Foundation

/// An open invoice left out of the forecast because it is disputed or its follow-up is paused.
public struct ExcludedInvoice: Hashable, Sendable, Codable {
    public var invoiceNumber: String
    public var clientID: Int64
    public var clientName: String
    public var outstanding: Money
    public var kind: FollowUpPause.Kind
    public var since: CalendarDay

    public init(
        invoiceNumber: String, clientID: Int64, clientName: String, outstanding: Money, kind: FollowUpPause.Kind,
        since: CalendarDay
    ) {
        self.invoiceNumber = invoiceNumber
        self.clientID = clientID
        self.clientName = clientName
        self.outstanding = outstanding
        self.kind = kind
        self.since = since
    }
}
