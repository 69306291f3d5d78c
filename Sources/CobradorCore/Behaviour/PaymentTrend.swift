import Foundation

/// Whether a client pays later or sooner than they used to: the recent months against everything before.
public struct PaymentTrend: Hashable, Sendable, Codable {
    public enum Direction: String, Hashable, Sendable, Codable {
        case better, worse, steady
        /// Too few payments on one side to tell.
        case unknown
    }

    public var direction: Direction
    /// The first day of the recent period.
    public var since: CalendarDay
    public var recentMedianDaysLate: Int?
    public var earlierMedianDaysLate: Int?
    public var recentPayments: Int
    public var earlierPayments: Int

    public init(
        direction: Direction, since: CalendarDay, recentMedianDaysLate: Int?, earlierMedianDaysLate: Int?,
        recentPayments: Int, earlierPayments: Int
    ) {
        self.direction = direction
        self.since = since
        self.recentMedianDaysLate = recentMedianDaysLate
        self.earlierMedianDaysLate = earlierMedianDaysLate
        self.recentPayments = recentPayments
        self.earlierPayments = earlierPayments
    }

    /// Change of the median in days (positive: later than before), when both sides are known.
    public var changeDays: Int? {
        guard let r = recentMedianDaysLate, let e = earlierMedianDaysLate else { return nil }
        return r - e
    }

    public init(_ payments: [LatePayment], asOf: CalendarDay, settings: PaymentBehaviourSettings) {
        let since = asOf.adding(months: -settings.trendMonths).adding(days: 1)
        let recent = payments.filter { $0.paidOn >= since }
        let earlier = payments.filter { $0.paidOn < since }
        let r = WeightedDays(recent).median
        let e = WeightedDays(earlier).median
        var direction = Direction.unknown
        if recent.count >= settings.trendMinimumPayments, earlier.count >= settings.trendMinimumPayments,
            let r, let e
        {
            if r - e >= settings.trendChangeDays {
                direction = .worse
            } else if e - r >= settings.trendChangeDays {
                direction = .better
            } else {
                direction = .steady
            }
        }
        self.init(
            direction: direction, since: since, recentMedianDaysLate: r, earlierMedianDaysLate: e,
            recentPayments: recent.count, earlierPayments: earlier.count)
    }
}
