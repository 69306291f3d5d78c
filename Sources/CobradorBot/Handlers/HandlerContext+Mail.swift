import CobradorCore
import CobradorNLU
import Foundation

extension HandlerContext {
    /// "Sí" to an email that was shown: send it, and only once it went out log the contact event through
    /// the normal commit (audited, undoable). A failed send logs nothing and says why.
    mutating func send(_ pending: PendingMail, _ t: Turn) async throws -> BotReply {
        let receipt: MailReceipt
        do throws(MailError) {
            receipt = try await mail.send(pending.mail)
        } catch {
            return try mailRefusal(error, t.u)
        }
        let to = pending.mail.to.map(\.address).joined(separator: ", ")
        let change = LedgerChange.logContact(
            clientID: pending.clientID, invoiceID: nil, channel: .email, outcome: .sent, date: t.today, note: receipt.contactNote)
        let done = MailSentView(to: to, client: pending.client, messageID: receipt.messageID)
        let reply = try await commit([change], t, doneKey: "mail.sent", done: done)
        // Only a commit that went through added an undo entry (a refusal does not change data).
        if reply.changedData, !state.undoStack.isEmpty { state.undoStack[state.undoStack.count - 1].mailedTo = to }
        return reply
    }

    /// Why an email could not be prepared or sent, in the user's words.
    func mailRefusal(_ error: MailError, _ u: Understanding) throws -> BotReply {
        try reply(error.replyKey, MailErrorView(error), u, intent: .sendReminder)
    }
}
