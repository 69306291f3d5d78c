import CobradorCore
import CobradorNLU
import Foundation

/// "¿Qué tengo que hacer hoy?": the day's actions across clients, most urgent first, and who is waiting.
struct AgendaHandler: IntentHandler {
    /// The reasons that best explain why a client is waiting, in order of preference.
    static let waitingReasons = ["reason.promise_pending", "reason.paused", "reason.last_answer", "reason.clock_restarted", "reason.not_due_yet"]

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        let day = t.u.dates.first ?? t.today
        let plan = AgendaPlanner(advisor: context.advisor).plan(try await context.store.clientFilesWithOpenInvoices(), today: day)
        let lines = try plan.actions.enumerated().map { i, item -> String in
            let a = item.advice
            let why = try a.reasons.prefix(3).map { try context.explain($0, lang) }.joined(separator: " ")
            let owed = MoneyFormatter.list(a.outstanding.amounts, lang)
            let amount = owed.isEmpty ? "" : " (\(owed))"
            return "\(i + 1). \(a.clientName)\(amount) — \(try context.explain(a.action, lang))\n   \(why)"
        }
        let waiting = try (plan.promisesDueSoon + plan.waiting + plan.paused).map { try waitingLine($0, lang, context) }
        let view = AgendaView(
            date: context.day(day, lang), count: plan.actions.count, lines: lines.isEmpty ? nil : lines.joined(separator: "\n"),
            waiting: waiting.isEmpty ? nil : waiting.joined(separator: "\n"))
        return try context.reply(plan.actions.isEmpty ? "agenda.none" : "agenda.reply", view, t.u)
    }

    func waitingLine(_ item: AgendaItem, _ lang: Language, _ context: HandlerContext) throws -> String {
        let a = item.advice
        let why = Self.waitingReasons.lazy.compactMap { key in a.reasons.first { $0.key == key } }.first ?? a.reasons.first
        var line =
            "• \(a.clientName): "
            + (try why.map { try context.explain($0, lang) } ?? context.statusText(a.status, client: a.clientName, lang))
        if let check = a.checkAgainOn {
            line += " " + (try context.text("agenda.check_again", DateView(date: context.day(check, lang)), lang))
        }
        return line
    }
}
