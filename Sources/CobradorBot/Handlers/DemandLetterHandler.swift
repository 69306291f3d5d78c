import CobradorCore
import CobradorNLU
import Foundation

/// "Carta de requerimiento para Soylent": the formal letter for the lawyer, with the invoices as
/// issued, the payments, every attempt with its date, interest and recovery costs, and a deadline.
struct DemandLetterHandler: IntentHandler {
    /// Days the client is given to pay.
    static let deadlineDays = 10

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let advice = context.advisor.advise(file, today: t.today)
        let overdue = file.openBalances(asOf: t.today).filter(\.isOverdue)
        guard !overdue.isEmpty else { return try context.reply("demand_letter.nothing_overdue", ClientView(client: file.client.name), t.u) }
        var letter = try context.letterView(file, invoices: overdue, advice: advice, t)
        letter.history = try file.events.map {
            "• \(context.day($0.date, lang)): \(try context.eventText($0.channel, $0.outcome, lang))"
        }.joined(separator: "\n")
        letter.payments = file.payments.filter { p in overdue.contains { $0.invoice.id == p.invoiceID } }.map {
            "• \(context.day($0.date, lang)): \(context.money($0.amount, lang))"
        }.joined(separator: "\n")
        letter.deadline = context.day(t.today.adding(days: Self.deadlineDays), lang)
        letter.contact = file.client.people.first
        letter.email = file.client.emails.first
        letter.charges = try context.lateChargesText(file, invoices: overdue, t)
        let view = DemandLetterReplyView(
            client: file.client.name, letter: try context.text("letter.demand", letter, lang),
            early: advice.stage < .legal ? try context.stageText(advice.stage, lang) : nil)
        return try context.reply("demand_letter.reply", view, t.u)
    }
}
