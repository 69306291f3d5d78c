import Foundation
import CobradorCore

extension Bot {
    func whoOwes(_ u: Understanding, state: ConversationState, today: CalendarDay, chart: Bool = false) throws -> BotReply {
        let lang = u.language
        let debtors = Debtor.summarize(try store.openItems(), asOf: today)
        guard !debtors.isEmpty else { return reply("who_owes.none", u, ["today": DayFormatter.long(today, lang)], state: state) }
        let width = min(34, debtors.map(\.clientName.count).max() ?? 10)
        var lines: [String] = []
        for d in debtors {
            let name = d.clientName.count > width ? String(d.clientName.prefix(width - 1)) + "…" : d.clientName
            let amount = MoneyFormatter.string(d.outstanding, lang)
            lines.append("• " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                         + String(repeating: " ", count: max(0, 16 - amount.count)) + amount + "  "
                         + Self.ageText(count: d.invoiceCount, oldest: d.oldestDaysOverdue, lang))
        }
        var totals = CurrencyTotals()
        for d in debtors { totals.add(d.outstanding) }
        let ageing = Debtor.ageingByCurrency(debtors)
        var ageingLines: [String] = []
        for currency in ageing.keys.sorted() {
            let buckets = ageing[currency]!
            let parts = AgeingBucket.allCases.compactMap { b -> String? in
                guard let units = buckets[b], units != 0 else { return nil }
                return "\(b.label(lang)): \(MoneyFormatter.string(Money(minorUnits: units, currency: currency), lang))"
            }
            ageingLines.append("\(currency.code) — " + parts.joined(separator: " · "))
            if chart { ageingLines.append(contentsOf: Self.bars(buckets, currency, lang)) }
        }
        let clientCount = Set(debtors.map(\.clientID)).count
        return reply("who_owes.summary", u, [
            "today": DayFormatter.long(today, lang),
            "count": clientCount,
            "one": clientCount == 1,
            "lines": lines.joined(separator: "\n"),
            "totals": totals.amounts.map { MoneyFormatter.string($0, lang) }.joined(separator: " · "),
            "ageing": ageingLines.joined(separator: "\n"),
        ], state: state)
    }

    /// "2 facturas, la más antigua vencida hace 41 días" / "not due yet".
    static func ageText(count: Int, oldest: Int, _ lang: Language) -> String {
        let invoices = lang == .es ? (count == 1 ? "1 factura" : "\(count) facturas") : (count == 1 ? "1 invoice" : "\(count) invoices")
        if oldest <= 0 {
            let due = -oldest
            switch lang {
            case .es: return "\(invoices), " + (due == 0 ? "vence hoy" : "vence en \(DayFormatter.days(due, lang))")
            case .en: return "\(invoices), " + (due == 0 ? "due today" : "due in \(DayFormatter.days(due, lang))")
            }
        }
        switch lang {
        case .es: return "\(invoices), \(DayFormatter.days(oldest, lang)) de retraso"
        case .en: return "\(invoices), \(DayFormatter.days(oldest, lang)) overdue"
        }
    }

    /// A small horizontal bar chart of one currency's ageing, for terminals.
    static func bars(_ buckets: [AgeingBucket: Int64], _ currency: Currency, _ lang: Language) -> [String] {
        let maxUnits = buckets.values.max() ?? 0
        guard maxUnits > 0 else { return [] }
        return AgeingBucket.allCases.filter { (buckets[$0] ?? 0) > 0 }.map { b in
            let units = buckets[b] ?? 0
            let width = Int((units * 30 + maxUnits - 1) / maxUnits)
            let label = b.label(lang).padding(toLength: 7, withPad: " ", startingAt: 0)
            return "  \(label) " + String(repeating: "█", count: width)
                + (units > 0 ? " " + MoneyFormatter.string(Money(minorUnits: units, currency: currency), lang) : "")
        }
    }
}
