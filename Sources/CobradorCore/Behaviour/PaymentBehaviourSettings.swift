import Foundation

/// The thresholds that turn a client's payment record into a profile, and what the ladder does with it.
/// Read from `follow_up.payment_behaviour` in the configuration; every key is optional there.
public struct PaymentBehaviourSettings: Hashable, Sendable, Codable {
    /// A payment up to this many days after the due date still counts as on time (bank transfers take a day or two).
    public var graceDays: Int
    /// Fewer paid invoices than this is too little history for a profile (the record still shows the figures).
    public var minimumPaidInvoices: Int
    /// "Pays on time": at least this share (percent) of what they paid arrived on time.
    public var onTimeMinimumSharePercent: Int
    /// "Chronically late": the median payment arrives at least this many days late.
    public var chronicMedianDaysLate: Int
    /// The trend compares the last this-many months with everything before.
    public var trendMonths: Int
    /// Each side of the trend needs at least this many payments.
    public var trendMinimumPayments: Int
    /// A change of the median by at least this many days is "getting better/worse"; less is "steady".
    public var trendChangeDays: Int
    /// A promise counts as kept when what it promised arrives by its date plus these days.
    public var promiseGraceDays: Int
    /// Extra days before the second reminder for a client who pays on time (a softer first note, too).
    public var onTimeExtraDaysBeforeSecondReminder: Int
    /// Unanswered emails before the phone for a chronic late payer (the ladder's default is 2:
    /// one fewer means the phone a week sooner with the default spacing).
    public var chronicEmailsBeforePhone: Int
    /// From this many broken promises on, a new promise needs a date (and the drafts ask for one).
    public var brokenPromisesForDatedOnly: Int

    public init(
        graceDays: Int = 0, minimumPaidInvoices: Int = 3, onTimeMinimumSharePercent: Int = 80,
        chronicMedianDaysLate: Int = 20, trendMonths: Int = 6, trendMinimumPayments: Int = 2, trendChangeDays: Int = 5,
        promiseGraceDays: Int = 0, onTimeExtraDaysBeforeSecondReminder: Int = 7, chronicEmailsBeforePhone: Int = 1,
        brokenPromisesForDatedOnly: Int = 1
    ) {
        self.graceDays = graceDays
        self.minimumPaidInvoices = minimumPaidInvoices
        self.onTimeMinimumSharePercent = onTimeMinimumSharePercent
        self.chronicMedianDaysLate = chronicMedianDaysLate
        self.trendMonths = trendMonths
        self.trendMinimumPayments = trendMinimumPayments
        self.trendChangeDays = trendChangeDays
        self.promiseGraceDays = promiseGraceDays
        self.onTimeExtraDaysBeforeSecondReminder = onTimeExtraDaysBeforeSecondReminder
        self.chronicEmailsBeforePhone = chronicEmailsBeforePhone
        self.brokenPromisesForDatedOnly = brokenPromisesForDatedOnly
    }

    public static let standard = PaymentBehaviourSettings()

    enum CodingKeys: String, CodingKey {
        case graceDays = "grace_days"
        case minimumPaidInvoices = "minimum_paid_invoices"
        case onTimeMinimumSharePercent = "on_time_share_percent"
        case chronicMedianDaysLate = "chronic_median_days_late"
        case trendMonths = "trend_months"
        case trendMinimumPayments = "trend_minimum_payments"
        case trendChangeDays = "trend_change_days"
        case promiseGraceDays = "promise_grace_days"
        case onTimeExtraDaysBeforeSecondReminder = "on_time_extra_days"
        case chronicEmailsBeforePhone = "chronic_emails_before_phone"
        case brokenPromisesForDatedOnly = "broken_promises_for_dated_only"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PaymentBehaviourSettings.standard
        func int(_ key: CodingKeys, _ fallback: Int, minimum: Int = 0) throws -> Int {
            guard let value = try c.decodeIfPresent(Int.self, forKey: key) else { return fallback }
            guard value >= minimum else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must be at least \(minimum)")
            }
            return value
        }
        graceDays = try int(.graceDays, d.graceDays)
        minimumPaidInvoices = try int(.minimumPaidInvoices, d.minimumPaidInvoices, minimum: 1)
        onTimeMinimumSharePercent = try int(.onTimeMinimumSharePercent, d.onTimeMinimumSharePercent)
        guard onTimeMinimumSharePercent <= 100 else {
            throw DecodingError.dataCorruptedError(
                forKey: .onTimeMinimumSharePercent, in: c, debugDescription: "must be a percentage (0-100)")
        }
        chronicMedianDaysLate = try int(.chronicMedianDaysLate, d.chronicMedianDaysLate, minimum: 1)
        trendMonths = try int(.trendMonths, d.trendMonths, minimum: 1)
        trendMinimumPayments = try int(.trendMinimumPayments, d.trendMinimumPayments, minimum: 1)
        trendChangeDays = try int(.trendChangeDays, d.trendChangeDays, minimum: 1)
        promiseGraceDays = try int(.promiseGraceDays, d.promiseGraceDays)
        onTimeExtraDaysBeforeSecondReminder =
            try int(.onTimeExtraDaysBeforeSecondReminder, d.onTimeExtraDaysBeforeSecondReminder)
        chronicEmailsBeforePhone = try int(.chronicEmailsBeforePhone, d.chronicEmailsBeforePhone, minimum: 1)
        brokenPromisesForDatedOnly = try int(.brokenPromisesForDatedOnly, d.brokenPromisesForDatedOnly, minimum: 1)
    }
}
