import CobradorCore
import CobradorNLU
import Foundation

/// "Envíalo" after a draft, "envía el recordatorio a Acme": shows the email that would go out and waits
/// for "sí". Without an email on record it asks for one; with mail not configured it says how to set it up.
struct SendReminderHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        guard t.canWrite else { return try context.writeRefused(t) }
        let named = t.u.namesAClient || !t.u.invoiceNumbers.isEmpty || !t.u.unknownClientNames.isEmpty
        var u = t.u
        if !named {
            guard let drafted = context.state.lastDraftClientID else { return try context.reply("mail.nothing_to_send", t.u) }
            u.clientIDs = [drafted]
        }
        let file: ClientFile
        switch try await context.lookUpClient(u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let subject: String
        let body: String
        if !named, let last = context.state.lastDraft, last.clientID == file.client.id {
            (subject, body) = (last.subject, last.body)
        } else {
            switch try DraftReminderHandler.compose(file, t, in: &context) {
            case .answered(let reply): return reply
            case .drafted(let view, _): (subject, body) = (view.subject, view.body)
            }
        }
        let outgoing: OutgoingMail
        do throws(MailError) {
            outgoing = try context.mail.reminder(client: file.client.name, emails: file.client.emails, subject: subject, body: body)
        } catch .noRecipient(let client) {
            // The answer ("facturas@hooli.com") is saved as the client's email; then "envíalo" again.
            var pending = u
            pending.intent = .updateContact
            pending.clientIDs = [file.client.id]
            return try context.ask(.email, pending, key: "mail.error.no_recipient", MailErrorView(.noRecipient(client: client)))
        } catch {
            return try context.mailRefusal(error, t.u)
        }
        context.state.pendingConfirmation = ConversationState.PendingConfirmation(
            changes: [], language: t.lang, intent: .sendReminder, actor: t.actor,
            done: .mail(PendingMail(mail: outgoing, clientID: file.client.id, client: file.client.name)))
        return try context.reply(
            "mail.preview", MailPreviewView(MailPreview(outgoing)), t.u, actions: try context.confirmationButtons(t.lang))
    }
}
