import Foundation
import CobradorCore

/// What the bot remembers about one conversation between messages.
struct ConversationState: Sendable {
    /// A question we asked and the message that is waiting for its answer.
    struct PendingSlot: Sendable {
        var understanding: Understanding
        var slot: Slot
    }

    /// A change that waits for "sí" / "no".
    struct PendingConfirmation: Sendable {
        var changes: [LedgerChange]
        var language: Language
        var intent: String
        var actor: Actor
        /// The reply to give once the change is applied.
        var doneKey: String
        var done: [String: String]
    }

    enum Slot: String, Sendable { case client, newClient, amount, date, invoice, quote, email }

    var lastIntent: String?
    var lastUnderstanding: Understanding?
    var lastClientID: Int64?
    var pendingSlot: PendingSlot?
    var pendingConfirmation: PendingConfirmation?
    /// Choices offered for an ambiguous client name, in the order shown.
    var clientChoices: [Int64] = []
    /// One user-level change (possibly several rows) and how to describe it when undone.
    struct UndoEntry: Sendable {
        var receipts: [ChangeReceipt]
        var description: String
    }

    /// Newest last.
    var undoStack: [UndoEntry] = []
    /// The client of the last draft, so "enviado" / "sent it" logs it.
    var lastDraftClientID: Int64?
    var turn = 0
}
