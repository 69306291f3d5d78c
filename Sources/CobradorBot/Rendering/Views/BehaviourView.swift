import CobradorCore

/// How a client pays (`behaviour.profile`, and `behaviour.reply`, which opens with the profile's
/// sentence): figures written for people, one flag per profile and per trend.
public struct BehaviourView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["behaviour.profile", "behaviour.reply"]

    public var client: String
    public var profile: String?
    public var noHistory = false
    public var notEnoughHistory = false
    public var onTime = false
    public var littleLate = false
    public var chronicallyLate = false
    public var trendBetter = false
    public var trendWorse = false
    public var trendSteady = false
    public var trendUnknown = false
    public var paidCount: Int
    public var paidOne: Bool
    public var hasPayments: Bool
    public var partly: String?
    public var overdue: String?
    public var overdueOne: Bool
    public var received: String?
    public var onTimeShare: String?
    public var grace: String?
    public var median: String?
    public var p90: String?
    public var promises: Bool
    public var kept: Int
    public var broken: Int
    public var pending: String?
    public var months: Int
    public var recent: String?
    public var earlier: String?
    public var lastPaid: String?

    public init(_ r: PaymentRecord, _ language: Language, settings: PaymentBehaviourSettings = .standard) {
        client = r.clientName
        switch r.profile {
        case .noHistory: noHistory = true
        case .notEnoughHistory: notEnoughHistory = true
        case .onTime: onTime = true
        case .littleLate: littleLate = true
        case .chronicallyLate: chronicallyLate = true
        }
        switch r.trend.direction {
        case .better: trendBetter = true
        case .worse: trendWorse = true
        case .steady: trendSteady = true
        case .unknown: trendUnknown = true
        }
        paidCount = r.invoicesPaid
        paidOne = r.invoicesPaid == 1
        hasPayments = !r.payments.isEmpty
        partly = r.invoicesPartlyPaid > 0 ? String(r.invoicesPartlyPaid) : nil
        overdue = r.invoicesOverdue > 0 ? String(r.invoicesOverdue) : nil
        overdueOne = r.invoicesOverdue == 1
        received = r.received.isEmpty ? nil : MoneyFormatter.list(r.received.amounts, language)
        onTimeShare = r.onTimeSharePercent.map(String.init)
        grace = settings.graceDays > 0 ? DayFormatter.days(settings.graceDays, language) : nil
        median = r.medianDaysLate.map { DayFormatter.days($0, language) }
        p90 = r.p90DaysLate.map { DayFormatter.days($0, language) }
        promises = !r.promises.isEmpty
        kept = r.promisesKept
        broken = r.promisesBroken
        pending = r.promisesPending > 0 ? String(r.promisesPending) : nil
        months = settings.trendMonths
        recent = r.trend.recentMedianDaysLate.map { DayFormatter.days($0, language) }
        earlier = r.trend.earlierMedianDaysLate.map { DayFormatter.days($0, language) }
        lastPaid = r.payments.last.map { DayFormatter.long($0.paidOn, language) }
    }
}
