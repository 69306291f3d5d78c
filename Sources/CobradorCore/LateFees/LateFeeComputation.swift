import Foundation

/// Late charges for a set of invoices (one client's, usually), totalled per currency.
public struct LateFeeComputation: Hashable, Sendable, Codable {
    public var asOf: CalendarDay
    public var invoices: [InvoiceLateFee]

    public init(asOf: CalendarDay, invoices: [InvoiceLateFee]) {
        self.asOf = asOf
        self.invoices = invoices
    }

    /// Interest and fixed costs of every invoice, never summed across currencies.
    public var totals: CurrencyTotals {
        var t = CurrencyTotals()
        for invoice in invoices {
            for money in invoice.totals.amounts { t.add(money) }
        }
        return t
    }

    /// Outstanding principal plus charges, per currency: the figure for a demand letter.
    public var claimTotals: CurrencyTotals {
        var t = totals
        for invoice in invoices where invoice.outstanding.isPositive { t.add(invoice.outstanding) }
        return t
    }

    /// The distinct rules that applied, in order of first appearance.
    public var rulesApplied: [LateFeeRule] {
        var seen: [LateFeeRule] = []
        for i in invoices where !seen.contains(i.rule) { seen.append(i.rule) }
        return seen
    }
}
