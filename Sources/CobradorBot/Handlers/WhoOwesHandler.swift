import CobradorCore
import CobradorNLU
import Foundation

/// "¿Quién me debe?": each client with an open balance per currency, oldest first, totals and ageing
/// per currency (never summed across currencies), a bar chart where the channel draws one.
struct WhoOwesHandler: IntentHandler {
    /// Debtors offered a "status" button, at most (chat apps show a handful of buttons in a row).
    static let buttons = 5

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        // "¿Cuánto me debe Stark Industries?" is about that name only: never the whole list instead.
        if let unknown = try await context.unknownClientReply(t.u) { return unknown }
        let debtors = Debtor.summarize(try await context.store.openItems(), asOf: t.today)
        let today = context.day(t.today, lang)
        guard !debtors.isEmpty else { return try context.reply("who_owes.none", WhoOwesView(today: today), t.u) }
        let width = min(34, debtors.map(\.clientName.count).max() ?? 10)
        let lines = try debtors.map { d -> String in
            let name = d.clientName.count > width ? String(d.clientName.prefix(width - 1)) + "…" : d.clientName
            let amount = MoneyFormatter.string(d.outstanding, lang)
            return "• " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: max(0, 16 - amount.count)) + amount + "  "
                + (try age(count: d.invoiceCount, oldest: d.oldestDaysOverdue, lang, context))
        }
        var totals = CurrencyTotals()
        for d in debtors { totals.add(d.outstanding) }
        let ageing = Debtor.ageingByCurrency(debtors)
        var ageingLines: [String] = []
        for currency in ageing.keys.sorted() {
            let buckets = ageing[currency] ?? [:]
            let parts = try AgeingBucket.allCases.compactMap { b -> String? in
                guard let units = buckets[b], units != 0 else { return nil }
                return "\(try context.text(b.key, lang)): \(MoneyFormatter.string(Money(minorUnits: units, currency: currency), lang))"
            }
            ageingLines.append("\(currency.code) — " + parts.joined(separator: " · "))
            if t.supportsCharts { ageingLines.append(contentsOf: try bars(buckets, currency, lang, context)) }
        }
        var clients: [(id: Int64, name: String)] = []
        for d in debtors where !clients.contains(where: { $0.id == d.clientID }) { clients.append((d.clientID, d.clientName)) }
        let view = WhoOwesView(
            today: today, count: clients.count, lines: lines.joined(separator: "\n"),
            totals: totals.amounts.map { MoneyFormatter.string($0, lang) }.joined(separator: " · "),
            ageing: ageingLines.joined(separator: "\n"))
        let buttons = try clients.prefix(Self.buttons).map { try context.button("status", lang, client: $0.name) }
        return try context.reply("who_owes.summary", view, t.u, actions: buttons)
    }

    /// "2 facturas, 41 días de retraso" / "1 invoice, due in 3 days".
    func age(count: Int, oldest: Int, _ lang: Language, _ context: HandlerContext) throws -> String {
        let view = DebtorAgeView(
            count: count, late: oldest > 0, dueToday: oldest == 0, dueLater: oldest < 0, daysText: try context.days(abs(oldest), lang))
        return try context.text("who_owes.age", view, lang)
    }

    /// A small horizontal bar chart of one currency's ageing.
    func bars(_ buckets: [AgeingBucket: Int64], _ currency: Currency, _ lang: Language, _ context: HandlerContext) throws -> [String] {
        let maxUnits = buckets.values.max() ?? 0
        guard maxUnits > 0 else { return [] }
        return try AgeingBucket.allCases.filter { (buckets[$0] ?? 0) > 0 }.map { b in
            let units = buckets[b] ?? 0
            let width = Int((units * 30 + maxUnits - 1) / maxUnits)
            let label = try context.text(b.key, lang).padding(toLength: 7, withPad: " ", startingAt: 0)
            return "  \(label) " + String(repeating: "█", count: width)
                + " " + MoneyFormatter.string(Money(minorUnits: units, currency: currency), lang)
        }
    }
}
