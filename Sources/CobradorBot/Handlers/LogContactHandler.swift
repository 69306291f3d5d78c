import CobradorCore
import CobradorNLU
import Foundation

/// "Llamé a Globex y no contestan", "sent the reminder to Pied Piper yesterday", "enviado": logs the
/// contact with its channel, outcome and day.
struct LogContactHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        guard t.canWrite else { return try context.writeRefused(t) }
        var u = t.u
        let lang = t.lang
        // "enviado" / "sent it" right after a draft refers to that draft's client.
        if !u.namesAClient, u.invoiceNumbers.isEmpty, let drafted = context.state.lastDraftClientID {
            u.clientIDs = [drafted]
        }
        let file: ClientFile
        switch try await context.lookUpClient(u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let date = u.dates.first ?? t.today
        if date > t.today { return try context.reply("contact.future_date", DateView(date: context.day(date, lang)), u) }
        let channel = u.channel ?? (u.outcome == .noAnswer ? .phone : .email)
        let outcome = u.outcome ?? (channel == .phone || channel == .meeting ? .answered : .sent)
        let invoiceID = try await context.invoiceID(numbered: u.invoiceNumbers.first)
        context.state.lastDraftClientID = nil
        let done = ContactLoggedView(client: file.client.name, date: context.day(date, lang), what: try context.eventText(channel, outcome, lang))
        return try await context.commit(
            [.logContact(clientID: file.client.id, invoiceID: invoiceID, channel: channel, outcome: outcome, date: date, note: u.text)],
            t, doneKey: "contact.done", done: done)
    }
}
