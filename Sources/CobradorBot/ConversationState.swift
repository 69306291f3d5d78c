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
        var change: LedgerChange
        var language: Language
        var intent: String
        var summaryKey: String
        var summary: [String: String]
    }

    enum Slot: String, Sendable { case client, amount, date, invoice, quote, email }

    var lastIntent: String?
    var lastUnderstanding: Understanding?
    var lastClientID: Int64?
    var pendingSlot: PendingSlot?
    var pendingConfirmation: PendingConfirmation?
    /// Choices offered for an ambiguous client name, in the order shown.
    var clientChoices: [Int64] = []
    var undoStack: [ChangeReceipt] = []
    var turn = 0
}
