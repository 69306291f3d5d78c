import Foundation

/// Days sales outstanding for one currency: DSO = receivables today ÷ credit sales invoiced over the
/// last `periodDays` days × `periodDays`. Receivables are every open invoice's remainder (disputed ones
/// too: they are still owed); credit sales are the amounts of the invoices issued in the period.
public struct DaysSalesOutstanding: Hashable, Sendable, Codable {
    public var currency: Currency
    public var receivables: Money
    public var creditSales: Money
    public var periodDays: Int
    /// First and last day of the period (today included).
    public var from: CalendarDay
    public var to: CalendarDay
    public var openInvoices: Int
    public var invoicesIssued: Int
    /// Rounded to whole days; nil when nothing was invoiced in the period (DSO is undefined then).
    public var days: Int?

    public init(
        currency: Currency, receivables: Money, creditSales: Money, periodDays: Int, from: CalendarDay, to: CalendarDay,
        openInvoices: Int, invoicesIssued: Int, days: Int?
    ) {
        self.currency = currency
        self.receivables = receivables
        self.creditSales = creditSales
        self.periodDays = periodDays
        self.from = from
        self.to = to
        self.openInvoices = openInvoices
        self.invoicesIssued = invoicesIssued
        self.days = days
    }

    /// One figure per currency with receivables or sales, in currency-code order.
    public static func compute(_ book: ReceivablesBook, today: CalendarDay, periodDays: Int = 90) -> [DaysSalesOutstanding] {
        let from = today.adding(days: -(periodDays - 1))
        var paid: [Int64: Int64] = [:]
        for p in book.payments where p.date <= today { paid[p.invoiceID, default: 0] += p.amount.minorUnits }
        struct Tally {
            var receivables: Int64 = 0, sales: Int64 = 0, open = 0, issued = 0
        }
        var tallies: [Currency: Tally] = [:]
        for inv in book.invoices where inv.issued <= today {
            var t = tallies[inv.amount.currency] ?? Tally()
            let left = inv.amount.minorUnits - (paid[inv.id] ?? 0)
            if left > 0 {
                t.receivables += left
                t.open += 1
            }
            if inv.issued >= from {
                t.sales += inv.amount.minorUnits
                t.issued += 1
            }
            tallies[inv.amount.currency] = t
        }
        return tallies.filter { $0.value.receivables > 0 || $0.value.sales > 0 }.sorted { $0.key < $1.key }.map { c, t in
            let days = t.sales > 0 ? Int((t.receivables * Int64(periodDays) * 2 + t.sales) / (2 * t.sales)) : nil
            return DaysSalesOutstanding(
                currency: c, receivables: Money(minorUnits: t.receivables, currency: c),
                creditSales: Money(minorUnits: t.sales, currency: c), periodDays: periodDays, from: from, to: today,
                openInvoices: t.open, invoicesIssued: t.issued, days: days)
        }
    }
}
