import Foundation

/// Everything on record about one client, read in one go: the input of every per-client answer.
public struct ClientFile: Hashable, Sendable, Codable {
    public var client: Client
    public var invoices: [Invoice]
    public var payments: [Payment]
    public var events: [ContactEvent]
    public var promises: [PaymentPromise]
    public var pauses: [FollowUpPause]

    public init(
        client: Client, invoices: [Invoice] = [], payments: [Payment] = [], events: [ContactEvent] = [],
        promises: [PaymentPromise] = [], pauses: [FollowUpPause] = []
    ) {
        self.client = client
        self.invoices = invoices
        self.payments = payments
        self.events = events
        self.promises = promises
        self.pauses = pauses
    }

    /// Each invoice with what has been paid and what is left, in due-date order.
    public func balances(asOf today: CalendarDay) -> [InvoiceBalance] {
        var paid: [Int64: Int64] = [:]
        var lastPayment: [Int64: CalendarDay] = [:]
        for p in payments {
            paid[p.invoiceID, default: 0] += p.amount.minorUnits
            lastPayment[p.invoiceID] = max(lastPayment[p.invoiceID] ?? p.date, p.date)
        }
        return invoices.map { inv in
            InvoiceBalance(
                invoice: inv, paid: Money(minorUnits: paid[inv.id] ?? 0, currency: inv.amount.currency),
                lastPayment: lastPayment[inv.id], today: today)
        }
        .sorted { ($0.invoice.due ?? $0.invoice.issued, $0.invoice.number) < ($1.invoice.due ?? $1.invoice.issued, $1.invoice.number) }
    }

    public func openBalances(asOf today: CalendarDay) -> [InvoiceBalance] {
        balances(asOf: today).filter { $0.outstanding.isPositive }
    }

    /// What the client owes, per currency.
    public func outstanding(asOf today: CalendarDay) -> CurrencyTotals {
        var totals = CurrencyTotals()
        for b in openBalances(asOf: today) { totals.add(b.outstanding) }
        return totals
    }

    public func invoice(number: String) -> Invoice? {
        invoices.first { $0.number.caseInsensitiveCompare(number) == .orderedSame }
    }
}

/// One invoice's position on a given day.
public struct InvoiceBalance: Hashable, Sendable, Codable {
    public var invoice: Invoice
    public var paid: Money
    public var lastPayment: CalendarDay?
    public var today: CalendarDay

    public init(invoice: Invoice, paid: Money, lastPayment: CalendarDay?, today: CalendarDay) {
        self.invoice = invoice
        self.paid = paid
        self.lastPayment = lastPayment
        self.today = today
    }

    public var outstanding: Money { invoice.amount - paid }
    public var isPartlyPaid: Bool { paid.isPositive && outstanding.isPositive }
    public var isSettled: Bool { !outstanding.isPositive }

    /// Days past the due date; 0 or negative when not yet due (nil without a due date).
    public var daysOverdue: Int? { invoice.due.map { $0.days(until: today) } }
    public var isOverdue: Bool { (daysOverdue ?? 0) > 0 && outstanding.isPositive }
}
