import CobradorCore
import CobradorNLU
import Foundation

/// What the bot remembers about one conversation between messages, saved in the `ConversationStore`
/// (as JSON) so that it survives restarts and is shared by every process on the same database.
struct ConversationState: Sendable, Hashable, Codable {
    /// A question we asked and the message that is waiting for its answer.
    struct PendingSlot: Sendable, Hashable, Codable {
        var understanding: Understanding
        var slot: Slot
    }

    enum Slot: String, Sendable, Hashable, Codable { case client, newClient, amount, date, invoice, quote, email }

    /// A change that waits for "sí" / "no".
    struct PendingConfirmation: Sendable, Hashable, Codable {
        var changes: [LedgerChange]
        var language: Language
        var intent: IntentName
        var actor: Actor
        /// What to say once the change is applied.
        var done: ConfirmedReply

        /// What "no" answers.
        var cancelledKey: String {
            if case .mail = done { return "mail.cancelled" }
            return "confirm.cancelled"
        }
    }

    /// One user-level change (possibly several rows) and how to describe it when undone.
    struct UndoEntry: Sendable, Hashable, Codable {
        var receipts: [ChangeReceipt]
        var description: String
        /// Where the email went, when the change logged one that was sent: undo cannot take that back.
        var mailedTo: String?
    }

    /// The subject and body of the last draft, so that "envíalo" sends exactly what was shown.
    struct DraftText: Sendable, Hashable, Codable {
        var clientID: Int64
        var subject: String
        var body: String
    }

    var lastIntent: IntentName?
    var lastUnderstanding: Understanding?
    var lastClientID: Int64?
    var pendingSlot: PendingSlot?
    var pendingConfirmation: PendingConfirmation?
    /// Choices offered for an ambiguous client name, in the order shown.
    var clientChoices: [Int64] = []
    /// Newest last.
    var undoStack: [UndoEntry] = []
    /// The client of the last draft, so "enviado" / "sent it" logs it.
    var lastDraftClientID: Int64?
    var lastDraft: DraftText?
    /// Messages answered; picks among a reply's variations.
    var turn = 0

    /// The most undo entries kept.
    static let undoDepth = 20

    /// Equal but for the turn counter: nothing worth writing to the store changed.
    func isSame(as other: ConversationState) -> Bool {
        var copy = self
        copy.turn = other.turn
        return copy == other
    }

    static func decode(_ data: Data) throws -> ConversationState {
        try JSONDecoder().decode(ConversationState.self, from: data)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(self)
    }
}
