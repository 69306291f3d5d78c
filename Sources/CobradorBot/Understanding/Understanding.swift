import CobradorCore
import CobradorNLU
import Foundation

/// What the bot needs to know about a message, whatever produced it (the NLU parser in production).
/// The bot reads only this: never the words of `text` again.
public struct Understanding: Sendable, Hashable, Codable {
    /// Words the flow acts on, found by the parser.
    public enum Cue: String, Sendable, Hashable, Codable, CaseIterable {
        /// "enviado", "sent it": the draft just shown went out.
        case sent
        /// A paying verb ("paga", "wire").
        case pay
        /// "reanuda", "resolved": the ladder starts again.
        case resume
        /// "disputa", "complaint".
        case dispute
        /// The message opens like a follow-up question: "¿y Globex?", "and Hooli?".
        case followup
        /// "¿por qué?", "how come?": asks for the reasons behind the last answer.
        case why
    }

    /// The tone asked for a draft.
    public enum Tone: String, Sendable, Hashable, Codable { case firm, friendly, formal }

    /// Which figure a forecast question asks for. `why` is never parsed: the flow sets it for "¿por qué?"
    /// right after a forecast.
    public enum Metric: String, Sendable, Hashable, Codable { case dso, slower, why }

    /// The message as written: kept for notes in the ledger and for a tone check of the whole text.
    public var text: String
    public var intent: IntentName
    public var language: Language
    public var confidence: Double
    /// Words in the message, as the parser counted them.
    public var wordCount = 0
    /// Clients named unambiguously, by id.
    public var clientIDs: [Int64] = []
    /// A name that matched several clients: their ids, to ask which one.
    public var ambiguousClients: [Int64] = []
    /// Names that read like a client but are not in the book.
    public var unknownClientNames: [String] = []
    public var invoiceNumbers: [String] = []
    public var amounts: [Money] = []
    /// Amounts said without a currency ("pagó 450"): plain decimals, resolved against the client's invoices.
    public var bareAmounts: [String] = []
    public var dates: [CalendarDay] = []
    public var emails: [String] = []
    public var phones: [String] = []
    public var people: [String] = []
    public var channel: ContactEvent.Channel?
    public var outcome: ContactEvent.Outcome?
    public var tone: Tone?
    public var days: Int?
    public var quote: String?
    public var pauseKind: FollowUpPause.Kind?
    public var cues: Set<Cue> = []
    /// Positions said ("la segunda" → 2), in order.
    public var ordinals: [Int] = []
    public var metric: Metric?
    /// A client name the user gave that is not on record yet (only from a "which client?" answer).
    public var newClientName: String?
    /// Next best intents, for clarifying low-confidence messages.
    public var alternatives: [IntentName] = []

    public init(text: String, intent: IntentName, language: Language, confidence: Double) {
        self.text = text
        self.intent = intent
        self.language = language
        self.confidence = confidence
    }

    public var namesAClient: Bool { !clientIDs.isEmpty || !ambiguousClients.isEmpty }
}

/// Turns text into an `Understanding`. Rebuilt by the bot when the client list changes.
public protocol MessageUnderstanding: Sendable {
    func understand(_ text: String, today: CalendarDay, language: Language?) -> Understanding
}

/// Builds a `MessageUnderstanding` for the current clients and invoices (the gazetteer changes as data does).
public protocol UnderstandingFactory: Sendable {
    func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding
}
