import CobradorCore
import CobradorNLU
import Foundation

/// "Recordar a Acme", "firm reminder for Globex": the email for the client's stage, over all its
/// overdue invoices. Remembers the client, so that "enviado" / "sent it" logs the email.
struct DraftReminderHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let file: ClientFile
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        switch try Self.compose(file, t, in: &context) {
        case .answered(let reply): return reply
        case .drafted(let view, let buttons): return try context.reply("draft.reply", view, t.u, actions: buttons)
        }
    }

    /// The draft for the client's stage, or the reply that explains why there is none.
    enum Draft {
        case drafted(DraftView, buttons: [ReplyAction])
        case answered(BotReply)
    }

    /// Writes the email (and remembers it as the conversation's last draft, for "enviado" and "envíalo").
    static func compose(_ file: ClientFile, _ t: Turn, in context: inout HandlerContext) throws -> Draft {
        let lang = t.lang
        let name = file.client.name
        let advice = context.advisor.advise(file, today: t.today)
        var open = file.openBalances(asOf: t.today)
        if let number = t.u.invoiceNumbers.first {
            open = open.filter { $0.invoice.number.caseInsensitiveCompare(number) == .orderedSame }
            if open.isEmpty { return .answered(try context.reply("payment.already_paid", InvoiceOfClientView(number: number, client: name), t.u)) }
        }
        guard !open.isEmpty else { return .answered(try context.reply("draft.nothing_owed", ClientView(client: name), t.u)) }
        let overdue = open.filter(\.isOverdue)
        let firm = t.u.tone == .firm || t.u.tone == .formal
        let template: String
        var hasFirmVersion = false
        switch (advice.status, advice.stage) {
        case (.paused, _):
            let reasons = try context.reasonLines(advice, lang)
            return .answered(try context.reply("draft.paused", DraftPausedView(client: name, reasons: reasons), t.u))
        case (.notDue, _), (.settled, _):
            template = "email.courtesy"
        case (.waiting, _):
            template = "email.promise"
        case (_, .notDue), (_, .firstReminder):
            // A client who always pays on time gets the gentler first note, unless a firm one is asked for.
            template = firm ? "email.reminder_1_firm" : advice.soft ? "email.reminder_1_soft" : "email.reminder_1"
            hasFirmVersion = true
        case (_, .secondReminder):
            template = firm ? "email.reminder_2_firm" : "email.reminder_2"
            hasFirmVersion = true
        case (_, .changeChannel):
            template = "email.reminder_3"
        case (_, .legal):
            template = "email.final_notice"
        }
        let chosen = template == "email.courtesy" || overdue.isEmpty ? open : overdue
        let letter = try context.letterView(file, invoices: chosen, advice: advice, t)
        context.state.lastDraftClientID = file.client.id
        var body = try context.text(template + ".body", letter, lang)
        // After broken promises, a new one is only worth having with a date: the email asks for it.
        if advice.requiresDatedPromise, template != "email.courtesy" {
            body += "\n\n" + (try context.text("draft.ask_for_date", MessageView(), lang))
        }
        let view = DraftView(
            client: name, stage: try context.stageText(advice.stage, lang), to: file.client.emails.first,
            cc: file.client.emails.count > 1 ? file.client.emails.dropFirst().joined(separator: ", ") : nil,
            subject: try context.text(template + ".subject", letter, lang), body: body,
            call: template == "email.reminder_3" ? try context.adviceText(advice, lang) : nil, legal: template == "email.final_notice")
        var buttons = [try context.button("mark_sent", lang, style: .primary)]
        if hasFirmVersion, !firm { buttons.append(try context.button("redraft_firm", lang, client: name)) }
        context.state.lastDraft = ConversationState.DraftText(clientID: file.client.id, subject: view.subject, body: view.body)
        return .drafted(view, buttons: buttons)
    }
}
