import CobradorCore
import CobradorNLU
import Foundation

/// "Estado de Acme", "what does Hooli owe me?": open invoices, payments, contact history, promises,
/// the stage and the next step.
struct ClientStatusHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let advice = context.advisor.advise(file, today: t.today)
        let open = file.openBalances(asOf: t.today)
        let numberOf = Dictionary(file.invoices.map { ($0.id, $0.number) }, uniquingKeysWith: { a, _ in a })
        let payments = file.payments.suffix(5).map {
            "• \(context.day($0.date, lang)): \(context.money($0.amount, lang)) — \(numberOf[$0.invoiceID] ?? "")"
        }
        let events = try file.events.suffix(6).map { e -> String in
            "• \(context.day(e.date, lang)): \(try context.eventText(e.channel, e.outcome, lang))" + (e.note.map(Self.shortNote) ?? "")
        }
        let promises = try file.promises.filter { $0.promisedFor >= t.today.adding(days: -30) }.map { p -> String in
            let view = PromiseLineView(amount: p.amount.map { " " + context.money($0, lang) }, date: context.day(p.promisedFor, lang))
            return "• " + (try context.text(p.promisedFor < t.today ? "status.promise_past" : "status.promise_future", view, lang))
        }
        let view = ClientStatusView(
            client: file.client.name,
            owed: open.isEmpty ? nil : MoneyFormatter.list(file.outstanding(asOf: t.today).amounts, lang),
            invoices: try open.map { try invoiceLine($0, lang, context) }.joined(separator: "\n"),
            payments: payments.joined(separator: "\n"), events: events.joined(separator: "\n"),
            promises: promises.joined(separator: "\n"),
            contacts: (file.client.emails + file.client.phones + file.client.people).joined(separator: " · "),
            advice: try context.adviceText(advice, lang))
        return try context.reply(
            "client_status.reply", view, t.u, actions: [try context.button("next_step", lang, client: file.client.name)])
    }

    /// "• F-2026-061 — 2.750,50 € — venció el 15 de octubre de 2026 (46 días)".
    func invoiceLine(_ b: InvoiceBalance, _ lang: Language, _ context: HandlerContext) throws -> String {
        var view = StatusInvoiceView(number: b.invoice.number, outstanding: context.money(b.outstanding, lang))
        if b.isPartlyPaid { view.total = context.money(b.invoice.amount, lang) }
        if let due = b.invoice.due, let days = b.daysOverdue {
            view.due = context.day(due, lang)
            view.overdue = days > 0
            view.dueToday = days == 0
            view.dueLater = days < 0
            if days > 0 { view.daysText = try context.days(days, lang) }
        } else {
            view.noDueDate = true
        }
        return try context.text("client_status.invoice", view, lang)
    }

    static func shortNote(_ note: String) -> String {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return "" }
        return " (\(trimmed.count > 60 ? String(trimmed.prefix(59)) + "…" : trimmed))"
    }
}
