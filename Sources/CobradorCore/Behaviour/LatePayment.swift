import Foundation

/// One payment measured against its invoice's due date: the unit of every lateness figure.
///
/// `weight` is the payment's share of its invoice (500 of a 2,000 € invoice weighs 0.25), so partial
/// payments count by amount while every invoice counts once, and amounts in different currencies are
/// never compared with each other.
public struct LatePayment: Hashable, Sendable, Codable {
    public var invoiceID: Int64
    public var invoiceNumber: String
    public var paidOn: CalendarDay
    public var due: CalendarDay
    /// Days after the due date; 0 for a payment on or before it.
    public var daysLate: Int
    public var weight: Double

    public init(invoiceID: Int64, invoiceNumber: String, paidOn: CalendarDay, due: CalendarDay, weight: Double) {
        self.invoiceID = invoiceID
        self.invoiceNumber = invoiceNumber
        self.paidOn = paidOn
        self.due = due
        self.daysLate = max(0, due.days(until: paidOn))
        self.weight = weight
    }

    /// Every payment up to `asOf` on an invoice with a due date, oldest first. Invoices without a due
    /// date have nothing to be late against and are left out.
    public static func measure(invoices: [Invoice], payments: [Payment], asOf: CalendarDay) -> [LatePayment] {
        var byID: [Int64: Invoice] = [:]
        byID.reserveCapacity(invoices.count)
        for invoice in invoices where invoice.due != nil { byID[invoice.id] = invoice }
        var out: [LatePayment] = []
        out.reserveCapacity(payments.count)
        for p in payments where p.date <= asOf {
            guard let invoice = byID[p.invoiceID], let due = invoice.due, invoice.amount.minorUnits > 0 else { continue }
            let share = min(1, Double(p.amount.minorUnits) / Double(invoice.amount.minorUnits))
            out.append(LatePayment(invoiceID: invoice.id, invoiceNumber: invoice.number, paidOn: p.date, due: due, weight: share))
        }
        return out.sorted { ($0.paidOn, $0.invoiceID) < ($1.paidOn, $1.invoiceID) }
    }
}
