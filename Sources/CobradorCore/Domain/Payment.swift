import Foundation

/// Money received against one invoice; full or partial.
public struct Payment: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    public var invoiceID: Int64
    public var amount: Money
    public var date: CalendarDay
    public var note: String?

    public init(id: Int64, invoiceID: Int64, amount: Money, date: CalendarDay, note: String? = nil) {
        self.id = id
        self.invoiceID = invoiceID
        self.amount = amount
        self.date = date
        self.note = note
    }
}
