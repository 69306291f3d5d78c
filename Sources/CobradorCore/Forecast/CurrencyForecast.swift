import Foundation

/// The forecast of one currency, week by week (currencies are never added together).
public struct CurrencyForecast: Hashable, Sendable, Codable {
    public var currency: Currency
    public var weeks: [ForecastWeek]
    /// Already overdue today: the due-date view counts it in the first week.
    public var overdue: Money
    /// Open and expected, but after the window.
    public var expectedLater: Money
    /// Falling due after the window.
    public var dueLater: Money
    /// The part of long-overdue invoices the history says is unlikely to arrive in the window.
    public var unlikely: Money
    /// The weekly average of what arrived over the baseline weeks before today.
    public var baselineWeekly: Money
    public var excluded: [ExcludedInvoice]

    public init(
        currency: Currency, weeks: [ForecastWeek], overdue: Money, expectedLater: Money, dueLater: Money,
        unlikely: Money, baselineWeekly: Money, excluded: [ExcludedInvoice]
    ) {
        self.currency = currency
        self.weeks = weeks
        self.overdue = overdue
        self.expectedLater = expectedLater
        self.dueLater = dueLater
        self.unlikely = unlikely
        self.baselineWeekly = baselineWeekly
        self.excluded = excluded
    }

    public var totalByDueDate: Money { weeks.reduce(.zero(currency)) { $0 + $1.byDueDate } }
    public var totalExpected: Money { weeks.reduce(.zero(currency)) { $0 + $1.expected } }

    /// The expected receipts of the first `count` weeks (the digest's "next two weeks").
    public func expected(inFirst count: Int) -> Money {
        weeks.prefix(count).reduce(.zero(currency)) { $0 + $1.expected }
    }
}
