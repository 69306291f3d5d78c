import Foundation

extension PaymentRecord {
    /// The context of the `behaviour.reply` and `behaviour.profile` templates: figures written for people
    /// (amounts, days, dates in the language) and one flag per profile and trend, so the templates hold
    /// every word. Keys with nothing to say are left out, so their `{{#…}}` sections disappear.
    public func replyContext(_ language: Language, settings: PaymentBehaviourSettings = .standard) -> [String: Any] {
        var c: [String: Any] = [
            "client": clientName,
            "today": DayFormatter.long(asOf, language),
            "paid_count": String(invoicesPaid),
            profile.rawValue: true,
            "trend_" + trend.direction.rawValue: true,
            "months": String(settings.trendMonths),
        ]
        if invoicesPaid == 1 { c["paid_one"] = true }
        if !payments.isEmpty { c["has_payments"] = true }
        if invoicesPartlyPaid > 0 { c["partly"] = String(invoicesPartlyPaid) }
        if invoicesOverdue > 0 { c["overdue"] = String(invoicesOverdue) }
        if invoicesOverdue == 1 { c["overdue_one"] = true }
        if !received.isEmpty { c["received"] = MoneyFormatter.list(received.amounts, language) }
        if let onTimeSharePercent { c["on_time"] = String(onTimeSharePercent) }
        if settings.graceDays > 0 { c["grace"] = DayFormatter.days(settings.graceDays, language) }
        if let medianDaysLate { c["median"] = DayFormatter.days(medianDaysLate, language) }
        if let p90DaysLate { c["p90"] = DayFormatter.days(p90DaysLate, language) }
        if !promises.isEmpty {
            c["promises"] = true
            c["kept"] = String(promisesKept)
            c["broken"] = String(promisesBroken)
            if promisesPending > 0 { c["pending"] = String(promisesPending) }
        }
        if let r = trend.recentMedianDaysLate { c["recent"] = DayFormatter.days(r, language) }
        if let e = trend.earlierMedianDaysLate { c["earlier"] = DayFormatter.days(e, language) }
        if let last = payments.last { c["last_paid"] = DayFormatter.long(last.paidOn, language) }
        return c
    }
}
