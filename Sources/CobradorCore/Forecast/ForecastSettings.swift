import Foundation

/// The forecast's window and the rules of thumb behind it; `forecast:` in the configuration, every key optional.
public struct ForecastSettings: Hashable, Sendable, Codable {
    /// Weeks ahead, starting today.
    public var weeks: Int
    /// The baseline is the weekly average of what arrived over this many weeks before today.
    public var baselineWeeks: Int
    /// Invoices listed per week when asked "why?".
    public var contributorsPerWeek: Int
    /// A client's lateness is its median over this many recent months, when it paid often enough in them.
    public var clientHistoryMonths: Int
    /// Payments needed for a client's own median (recent, else all of its history); else the book's median.
    public var minimumClientPayments: Int
    /// Invoices of an age observed in the history before their share paid is trusted.
    public var minimumAgeSamples: Int
    /// When the history has too few invoices of an age: the share expected and the days until it comes.
    public var fallbackAgeSharePercent: Int
    public var fallbackAgeWaitDays: Int
    /// An invoice without a due date is taken as due this many days after issue.
    public var assumedPaymentTermDays: Int
    /// DSO's period: receivables ÷ credit sales of the last this-many days × this many days.
    public var dsoDays: Int
    /// "Paying slower": median days late over the last this-many days…
    public var slowerRecentDays: Int
    /// …against the this-many days before them.
    public var slowerEarlierDays: Int
    /// Payments each period needs to count.
    public var slowerMinimumPayments: Int
    /// A rise smaller than this is noise.
    public var slowerMinimumRiseDays: Int
    public var slowerLimit: Int

    public init(
        weeks: Int = 13, baselineWeeks: Int = 26, contributorsPerWeek: Int = 5, clientHistoryMonths: Int = 6,
        minimumClientPayments: Int = 3, minimumAgeSamples: Int = 20, fallbackAgeSharePercent: Int = 50,
        fallbackAgeWaitDays: Int = 7, assumedPaymentTermDays: Int = 30, dsoDays: Int = 90, slowerRecentDays: Int = 90,
        slowerEarlierDays: Int = 365, slowerMinimumPayments: Int = 2, slowerMinimumRiseDays: Int = 3, slowerLimit: Int = 10
    ) {
        self.weeks = weeks
        self.baselineWeeks = baselineWeeks
        self.contributorsPerWeek = contributorsPerWeek
        self.clientHistoryMonths = clientHistoryMonths
        self.minimumClientPayments = minimumClientPayments
        self.minimumAgeSamples = minimumAgeSamples
        self.fallbackAgeSharePercent = fallbackAgeSharePercent
        self.fallbackAgeWaitDays = fallbackAgeWaitDays
        self.assumedPaymentTermDays = assumedPaymentTermDays
        self.dsoDays = dsoDays
        self.slowerRecentDays = slowerRecentDays
        self.slowerEarlierDays = slowerEarlierDays
        self.slowerMinimumPayments = slowerMinimumPayments
        self.slowerMinimumRiseDays = slowerMinimumRiseDays
        self.slowerLimit = slowerLimit
    }

    public static let standard = ForecastSettings()

    enum CodingKeys: String, CodingKey {
        case weeks
        case baselineWeeks = "baseline_weeks"
        case contributorsPerWeek = "contributors_per_week"
        case clientHistoryMonths = "client_history_months"
        case minimumClientPayments = "minimum_client_payments"
        case minimumAgeSamples = "minimum_age_samples"
        case fallbackAgeSharePercent = "fallback_age_share_percent"
        case fallbackAgeWaitDays = "fallback_age_wait_days"
        case assumedPaymentTermDays = "assumed_payment_term_days"
        case dsoDays = "dso_days"
        case slowerRecentDays = "slower_recent_days"
        case slowerEarlierDays = "slower_earlier_days"
        case slowerMinimumPayments = "slower_minimum_payments"
        case slowerMinimumRiseDays = "slower_minimum_rise_days"
        case slowerLimit = "slower_limit"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ForecastSettings.standard
        func int(_ key: CodingKeys, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let value = try c.decodeIfPresent(Int.self, forKey: key) else { return fallback }
            guard range.contains(value) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return value
        }
        weeks = try int(.weeks, d.weeks, 1...104)
        baselineWeeks = try int(.baselineWeeks, d.baselineWeeks, 1...104)
        contributorsPerWeek = try int(.contributorsPerWeek, d.contributorsPerWeek, 1...100)
        clientHistoryMonths = try int(.clientHistoryMonths, d.clientHistoryMonths, 1...120)
        minimumClientPayments = try int(.minimumClientPayments, d.minimumClientPayments, 1...1000)
        minimumAgeSamples = try int(.minimumAgeSamples, d.minimumAgeSamples, 1...1_000_000)
        fallbackAgeSharePercent = try int(.fallbackAgeSharePercent, d.fallbackAgeSharePercent, 0...100)
        fallbackAgeWaitDays = try int(.fallbackAgeWaitDays, d.fallbackAgeWaitDays, 0...365)
        assumedPaymentTermDays = try int(.assumedPaymentTermDays, d.assumedPaymentTermDays, 0...365)
        dsoDays = try int(.dsoDays, d.dsoDays, 1...3650)
        slowerRecentDays = try int(.slowerRecentDays, d.slowerRecentDays, 1...3650)
        slowerEarlierDays = try int(.slowerEarlierDays, d.slowerEarlierDays, 1...3650)
        slowerMinimumPayments = try int(.slowerMinimumPayments, d.slowerMinimumPayments, 1...1000)
        slowerMinimumRiseDays = try int(.slowerMinimumRiseDays, d.slowerMinimumRiseDays, 0...365)
        slowerLimit = try int(.slowerLimit, d.slowerLimit, 1...1000)
    }
}
