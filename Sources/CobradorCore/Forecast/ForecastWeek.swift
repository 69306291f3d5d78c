import Foundation

/// One week of a currency's forecast: from `start` to `end` (inclusive, seven days).
public struct ForecastWeek: Hashable, Sendable, Codable {
    /// 0 for the week starting today.
    public var index: Int
    public var start: CalendarDay
    public var end: CalendarDay
    /// Everything falling due this week (the first week also carries what is already overdue).
    public var byDueDate: Money
    /// What is expected to arrive: invoices moved to their expected day, long-overdue ones weighted.
    public var expected: Money
    /// The largest contributions to `expected`, largest first (up to the settings' number).
    public var contributors: [ForecastContribution]
    /// How many invoices contribute in all.
    public var contributorCount: Int

    public init(
        index: Int, start: CalendarDay, end: CalendarDay, byDueDate: Money, expected: Money,
        contributors: [ForecastContribution], contributorCount: Int
    ) {
        self.index = index
        self.start = start
        self.end = end
        self.byDueDate = byDueDate
        self.expected = expected
        self.contributors = contributors
        self.contributorCount = contributorCount
    }
}
