import Foundation

extension CashForecast {
    /// The context of `forecast.reply`: per currency, one row per week (label, by due date, expected,
    /// and with `bars` a bar of the expected amount), totals, the baseline and what was left out; the
    /// method in figures. Amounts are padded to line up in a fixed-width font.
    public func replyContext(_ language: Language, bars: Bool = false) -> [String: Any] {
        var c: [String: Any] = [
            "today": DayFormatter.long(today, language), "weeks": String(weekCount),
            "currencies": currencies.map { currencyContext($0, language, bars: bars) },
        ]
        if currencies.isEmpty { c["empty"] = true }
        if currencies.count > 1 { c["several"] = true }
        c.merge(methodContext(language)) { a, _ in a }
        return c
    }

    func currencyContext(_ f: CurrencyForecast, _ language: Language, bars: Bool) -> [String: Any] {
        let due = f.weeks.map { MoneyFormatter.string($0.byDueDate, language) }
        let expected = f.weeks.map { MoneyFormatter.string($0.expected, language) }
        let labels = f.weeks.map { DayFormatter.range($0.start, $0.end, language) }
        let wl = labels.map(\.count).max() ?? 0, wd = due.map(\.count).max() ?? 0, we = expected.map(\.count).max() ?? 0
        let top = f.weeks.map(\.expected.minorUnits).max() ?? 0
        let rows: [[String: Any]] = f.weeks.indices.map { w in
            var row: [String: Any] = [
                "week": labels[w].padding(toLength: wl, withPad: " ", startingAt: 0),
                "due": String(repeating: " ", count: wd - due[w].count) + due[w],
                "expected": String(repeating: " ", count: we - expected[w].count) + expected[w],
            ]
            let units = f.weeks[w].expected.minorUnits
            if bars, top > 0, units > 0 { row["bar"] = String(repeating: "█", count: max(1, Int((units * 24 + top - 1) / top))) }
            return row
        }
        var c: [String: Any] = [
            "code": f.currency.code, "rows": rows,
            "total_due": MoneyFormatter.string(f.totalByDueDate, language),
            "total_expected": MoneyFormatter.string(f.totalExpected, language),
            "baseline": MoneyFormatter.string(f.baselineWeekly, language),
        ]
        if f.overdue.isPositive { c["overdue"] = MoneyFormatter.string(f.overdue, language) }
        if f.expectedLater.isPositive { c["later"] = MoneyFormatter.string(f.expectedLater, language) }
        if f.unlikely.isPositive { c["unlikely"] = MoneyFormatter.string(f.unlikely, language) }
        if !f.excluded.isEmpty {
            c["excluded"] = f.excluded.map { e -> [String: Any] in
                [
                    "invoice": e.invoiceNumber, "client": e.clientName, "amount": MoneyFormatter.string(e.outstanding, language),
                    "since": DayFormatter.long(e.since, language), e.kind.rawValue: true,
                ]
            }
        }
        return c
    }

    /// The one line on how the expected dates were worked out: counts by basis (zero ones left out).
    func methodContext(_ language: Language) -> [String: Any] {
        var c: [String: Any] = [
            "months": String(method.clientHistoryMonths),
            "book_median": DayFormatter.days(method.bookMedianDaysLate, language),
            "horizon": String(weekCount),
        ]
        for (key, n) in [
            ("by_client", method.byClientLateness), ("by_book", method.byBookLateness), ("by_promise", method.byPromise),
            ("by_age", method.byAge), ("excluded_count", method.excluded),
        ] where n > 0 {
            c[key] = String(n)
        }
        if method.usedAgeFallback { c["fallback"] = true }
        return c
    }

    /// The context of `forecast.why`: for each currency and week (or only week `week`, 0-based), the
    /// largest contributions, each with why it is expected then, and how many more there are.
    public func whyContext(_ language: Language, week: Int? = nil) -> [String: Any] {
        let list: [[String: Any]] = currencies.compactMap { f in
            let weeks: [[String: Any]] = f.weeks.filter { (week == nil || $0.index == week) && $0.expected.isPositive }.map { w in
                var item: [String: Any] = [
                    "label": DayFormatter.range(w.start, w.end, language),
                    "expected": MoneyFormatter.string(w.expected, language),
                    "items": w.contributors.map { contributionContext($0, language) },
                ]
                if w.contributorCount > w.contributors.count { item["more"] = String(w.contributorCount - w.contributors.count) }
                return item
            }
            return weeks.isEmpty ? nil : ["code": f.currency.code, "weeks": weeks]
        }
        var c: [String: Any] = ["currencies": list]
        if list.isEmpty { c["empty"] = true }
        if let week, week < weekCount {
            c["week"] = DayFormatter.range(today.adding(days: 7 * week), today.adding(days: 7 * week + 6), language)
        }
        c.merge(methodContext(language)) { a, _ in a }
        return c
    }

    func contributionContext(_ p: ForecastContribution, _ language: Language) -> [String: Any] {
        var c: [String: Any] = [
            "invoice": p.invoiceNumber, "client": p.clientName, "amount": MoneyFormatter.string(p.expected, language),
            "outstanding": MoneyFormatter.string(p.outstanding, language), "date": DayFormatter.long(p.expectedOn, language),
        ]
        if p.expected != p.outstanding { c["part"] = true }
        switch p.basis {
        case .promise(_, let madeOn):
            c["promise"] = true
            c["made_on"] = DayFormatter.long(madeOn, language)
        case .clientLateness(let days, let payments):
            c["client_lateness"] = true
            c["days"] = DayFormatter.days(days, language)
            c["payments"] = String(payments)
        case .bookLateness(let days):
            c["book_lateness"] = true
            c["days"] = DayFormatter.days(days, language)
        case .ageWeighted(let overdue, let share, let wait, let reliable):
            c[reliable ? "age_weighted" : "age_fallback"] = true
            c["days"] = DayFormatter.days(overdue, language)
            c["share"] = String(share)
            c["wait"] = DayFormatter.days(wait, language)
        }
        return c
    }

    /// The context of `forecast.digest`: per currency, what is expected in the first `weeks` weeks and
    /// what falls due in them, with the largest contribution.
    public func digestContext(_ language: Language, weeks: Int = 2) -> [String: Any] {
        let list: [[String: Any]] = currencies.compactMap { f in
            let expected = f.expected(inFirst: weeks)
            let due = f.weeks.prefix(weeks).reduce(Money.zero(f.currency)) { $0 + $1.byDueDate }
            guard expected.isPositive || due.isPositive else { return nil }
            var c: [String: Any] = [
                "code": f.currency.code, "expected": MoneyFormatter.string(expected, language),
                "due": MoneyFormatter.string(due, language),
            ]
            let biggest = f.weeks.prefix(weeks).flatMap(\.contributors).max { $0.expected.minorUnits < $1.expected.minorUnits }
            if let biggest {
                c["top_invoice"] = biggest.invoiceNumber
                c["top_client"] = biggest.clientName
                c["top_amount"] = MoneyFormatter.string(biggest.expected, language)
            }
            return c
        }
        var c: [String: Any] = ["currencies": list, "days": DayFormatter.days(weeks * 7, language)]
        if list.isEmpty { c["empty"] = true }
        return c
    }
}
