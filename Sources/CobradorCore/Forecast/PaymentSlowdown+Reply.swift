import Foundation

extension PaymentSlowdown {
    /// The context of `forecast.slower`: the clients, biggest rise first, with both medians and the periods.
    public static func replyContext(
        _ list: [PaymentSlowdown], today: CalendarDay, settings: ForecastSettings = .standard, _ language: Language
    ) -> [String: Any] {
        let rows: [[String: Any]] = list.map { s in
            [
                "client": s.clientName, "rise": DayFormatter.days(s.riseDays, language),
                "recent": DayFormatter.days(s.recentMedianDaysLate, language),
                "earlier": DayFormatter.days(s.earlierMedianDaysLate, language),
                "recent_payments": String(s.recentPayments), "earlier_payments": String(s.earlierPayments),
            ]
        }
        var c: [String: Any] = [
            "clients": rows, "recent_days": String(settings.slowerRecentDays),
            "earlier_months": String(settings.slowerEarlierDays / 30), "today": DayFormatter.long(today, language),
        ]
        if rows.isEmpty { c["empty"] = true }
        return c
    }
}
