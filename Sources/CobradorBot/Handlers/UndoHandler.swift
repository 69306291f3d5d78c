import CobradorCore
import CobradorNLU
import Foundation

/// "Deshaz", "undo": takes back the conversation's last change, or else the newest change this user
/// made through this channel (from the audit trail).
struct UndoHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        guard t.canWrite else { return try context.writeRefused(t) }
        let last: ConversationState.UndoEntry
        if let own = context.state.undoStack.popLast() {
            last = own
        } else if let stored = try await context.store.lastUndoable(by: t.actor) {
            last = ConversationState.UndoEntry(receipts: stored.receipts, description: stored.detail)
        } else {
            return try context.reply("undo.nothing", t.u)
        }
        do {
            try await context.store.undo(last.receipts, by: t.actor)
        } catch let error as LedgerError {
            return try context.refusal(error, t.u)
        }
        if let to = last.mailedTo {
            // The email itself is gone for good; only its entry in the history was taken back.
            return try context.reply("mail.undo_sent", MailSentView(to: to), t.u, changed: true)
        }
        return try context.reply("undo.done", UndoneView(what: last.description), t.u, changed: true)
    }
}
