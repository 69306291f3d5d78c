import Foundation

/// One stretch of days at one rate on one base amount: a line of the shown computation.
public struct InterestLine: Hashable, Sendable, Codable, TemplateKeyed {
    public var from: CalendarDay
    /// Inclusive.
    public var to: CalendarDay
    public var days: Int
    public var annualRateBasisPoints: Int
    /// The statutory reference rate behind the annual rate, when the statutory rule applied.
    public var referenceRateBasisPoints: Int?
    /// The rate comes from a table entry marked "check and update", or had to be assumed.
    public var rateNeedsCheck: Bool
    public var base: Money
    public var interest: Money

    public init(
        from: CalendarDay, to: CalendarDay, days: Int, annualRateBasisPoints: Int, referenceRateBasisPoints: Int?,
        rateNeedsCheck: Bool, base: Money, interest: Money
    ) {
        self.from = from
        self.to = to
        self.days = days
        self.annualRateBasisPoints = annualRateBasisPoints
        self.referenceRateBasisPoints = referenceRateBasisPoints
        self.rateNeedsCheck = rateNeedsCheck
        self.base = base
        self.interest = interest
    }

    public var key: String { "late_fee.line" }

    public var parameters: [String: String] {
        var p = [
            "from": from.isoString, "to": to.isoString, "days": String(days),
            "annual_rate": LateFeeRule.percent(annualRateBasisPoints), "base": base.plainString,
            "interest": interest.plainString, "currency": base.currency.code,
            "day_basis": String(LateFeeCalculator.dayCountBasis), "needs_check": rateNeedsCheck ? "true" : "false",
        ]
        if let r = referenceRateBasisPoints { p["reference_rate"] = LateFeeRule.percent(r) }
        return p
    }
}
