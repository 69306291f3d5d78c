import Foundation

extension DaysSalesOutstanding {
    /// The context of `forecast.dso`: one line per currency with the figures of the formula.
    public static func replyContext(_ figures: [DaysSalesOutstanding], today: CalendarDay, _ language: Language) -> [String: Any] {
        let list: [[String: Any]] = figures.map { f in
            var c: [String: Any] = [
                "code": f.currency.code, "receivables": MoneyFormatter.string(f.receivables, language),
                "sales": MoneyFormatter.string(f.creditSales, language), "period": String(f.periodDays),
                "from": DayFormatter.long(f.from, language), "to": DayFormatter.long(f.to, language),
                "open": String(f.openInvoices), "issued": String(f.invoicesIssued),
            ]
            if let days = f.days { c["days"] = DayFormatter.days(days, language) } else { c["no_sales"] = true }
            return c
        }
        var c: [String: Any] = [
            "currencies": list, "today": DayFormatter.long(today, language),
            "period": String(figures.first?.periodDays ?? 90),
        ]
        if list.isEmpty { c["empty"] = true }
        return c
    }
}
