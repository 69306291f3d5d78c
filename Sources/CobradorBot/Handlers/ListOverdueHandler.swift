import CobradorCore
import CobradorNLU
import Foundation

/// "Facturas vencidas hace más de 30 días", "overdue invoices for Acme": oldest first.
struct ListOverdueHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let u = t.u
        let lang = t.lang
        var clientFilter: (id: Int64, name: String)?
        if u.namesAClient {
            switch try await context.lookUpClient(u, useContext: false) {
            case .answered(let reply): return reply
            case .found(let file): clientFilter = (file.client.id, file.client.name)
            }
        }
        let minDays = max(u.days ?? 0, 0)
        let items = try await context.store.openItems()
            .filter { $0.daysOverdue(asOf: t.today) > minDays && (clientFilter == nil || $0.clientID == clientFilter?.id) }
            .sorted {
                ($0.daysOverdue(asOf: t.today), $0.outstanding.minorUnits) > ($1.daysOverdue(asOf: t.today), $1.outstanding.minorUnits)
            }
        var view = ListOverdueView(
            today: context.day(t.today, lang), days: minDays > 0 ? String(minDays) : nil, daysText: try context.days(minDays, lang),
            client: clientFilter?.name)
        guard !items.isEmpty else { return try context.reply("list_overdue.none", view, u) }
        var totals = CurrencyTotals()
        let lines = try items.map { item -> String in
            totals.add(item.outstanding)
            return try context.text(
                "list_overdue.line",
                OverdueLineView(
                    number: item.invoiceNumber, client: item.clientName, amount: context.money(item.outstanding, lang),
                    daysText: try context.days(item.daysOverdue(asOf: t.today), lang)), lang)
        }
        view.count = items.count
        view.one = items.count == 1
        view.lines = lines.joined(separator: "\n")
        view.totals = MoneyFormatter.list(totals.amounts, lang).replacingOccurrences(of: " + ", with: " · ")
        return try context.reply("list_overdue.reply", view, u)
    }
}
