import CobradorCore
import Foundation

extension Bot {
    func demandLetter(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: true) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let advice = advisor.advise(file, today: t.today)
        let overdue = file.openBalances(asOf: t.today).filter(\.isOverdue)
        guard !overdue.isEmpty else { return reply("demand_letter.nothing_overdue", t.u, ["client": file.client.name], state: state) }
        var context = letterContext(file, invoices: overdue, advice: advice, t)
        context["history"] = file.events.map {
            "• \(day($0.date, lang)): \(Self.eventText($0.channel, $0.outcome, lang))"
        }.joined(separator: "\n")
        context["payments"] = file.payments.filter { p in overdue.contains { $0.invoice.id == p.invoiceID } }.map {
            "• \(day($0.date, lang)): \(money($0.amount, lang))"
        }.joined(separator: "\n")
        context["deadline"] = day(t.today.adding(days: 10), lang)
        context["contact"] = file.client.people.first ?? ""
        context["email"] = file.client.emails.first ?? ""
        if let charges = lateChargesText(file, invoices: overdue, t) { context["charges"] = charges }
        let letter = replies.render("letter.demand", lang, context)
        var outer: [String: Any] = ["client": file.client.name, "letter": letter]
        if advice.stage < .legal { outer["early"] = replies.render(advice.stage.key, lang) }
        return reply("demand_letter.reply", t.u, outer, state: state)
    }
}
