import Foundation

/// Late charges on one invoice, with every line of the computation.
public struct InvoiceLateFee: Hashable, Sendable, Codable {
    public var invoiceID: Int64
    public var invoiceNumber: String
    public var rule: LateFeeRule
    public var due: CalendarDay?
    /// The due date was missing and assumed from the statutory 30-day term.
    public var dueDateAssumed: Bool
    public var daysLate: Int
    public var outstanding: Money
    public var lines: [InterestLine]
    /// Fixed costs (a contractual fixed fee, or the statutory compensation for recovery costs).
    public var fixedCosts: Money?
    public var interest: Money

    public init(
        invoiceID: Int64, invoiceNumber: String, rule: LateFeeRule, due: CalendarDay?, dueDateAssumed: Bool,
        daysLate: Int, outstanding: Money, lines: [InterestLine], fixedCosts: Money?, interest: Money
    ) {
        self.invoiceID = invoiceID
        self.invoiceNumber = invoiceNumber
        self.rule = rule
        self.due = due
        self.dueDateAssumed = dueDateAssumed
        self.daysLate = daysLate
        self.outstanding = outstanding
        self.lines = lines
        self.fixedCosts = fixedCosts
        self.interest = interest
    }

    /// Interest plus fixed costs, per currency (a contractual fee may be stated in another currency).
    public var totals: CurrencyTotals {
        var t = CurrencyTotals()
        t.add(interest)
        if let fixedCosts { t.add(fixedCosts) }
        return t
    }

    public var anyRateNeedsCheck: Bool { lines.contains(where: \.rateNeedsCheck) }
}
