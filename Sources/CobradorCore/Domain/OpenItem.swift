import Foundation

/// One open invoice in a portfolio-wide query (who owes, overdue lists, the agenda), lean enough
/// to read a million of them.
public struct OpenItem: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var clientName: String
    public var invoiceNumber: String
    public var due: CalendarDay?
    public var outstanding: Money

    public init(clientID: Int64, clientName: String, invoiceNumber: String, due: CalendarDay?, outstanding: Money) {
        self.clientID = clientID
        self.clientName = clientName
        self.invoiceNumber = invoiceNumber
        self.due = due
        self.outstanding = outstanding
    }

    public func daysOverdue(asOf today: CalendarDay) -> Int { due.map { $0.days(until: today) } ?? 0 }
}
