import Foundation

/// How the expected dates were worked out, in figures: the one line under the forecast.
public struct ForecastMethod: Hashable, Sendable, Codable {
    /// Open invoices placed by a promise, by the client's own lateness, by the book's, by age.
    public var byPromise: Int
    public var byClientLateness: Int
    public var byBookLateness: Int
    public var byAge: Int
    public var excluded: Int
    /// The whole book's median days late (for clients with little history).
    public var bookMedianDaysLate: Int
    /// The months of a client's history its median is taken over, when it paid often enough in them.
    public var clientHistoryMonths: Int
    public var ageTable: AgePaymentTable
    /// Some long-overdue invoices fell in an age band with too little history (the fallback share applied).
    public var usedAgeFallback: Bool
    /// The share counted for those (the settings' `fallback_age_share_percent`).
    public var fallbackAgeSharePercent: Int

    public init(
        byPromise: Int, byClientLateness: Int, byBookLateness: Int, byAge: Int, excluded: Int, bookMedianDaysLate: Int,
        clientHistoryMonths: Int, ageTable: AgePaymentTable, usedAgeFallback: Bool,
        fallbackAgeSharePercent: Int = ForecastSettings.standard.fallbackAgeSharePercent
    ) {
        self.byPromise = byPromise
        self.byClientLateness = byClientLateness
        self.byBookLateness = byBookLateness
        self.byAge = byAge
        self.excluded = excluded
        self.bookMedianDaysLate = bookMedianDaysLate
        self.clientHistoryMonths = clientHistoryMonths
        self.ageTable = ageTable
        self.usedAgeFallback = usedAgeFallback
        self.fallbackAgeSharePercent = fallbackAgeSharePercent
    }

    public var openInvoices: Int { byPromise + byClientLateness + byBookLateness + byAge }
}
