import Foundation
import CobradorCore

/// What the bot needs to know about a message, whatever produced it (the NLU parser in production).
public struct Understanding: Sendable, Hashable {
    public var text: String
    public var intent: String
    public var language: Language
    public var confidence: Double
    /// Clients named unambiguously, by id.
    public var clientIDs: [Int64] = []
    /// A name that matched several clients: their ids, to ask which one.
    public var ambiguousClients: [Int64] = []
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
    public var tone: String?
    public var days: Int?
    public var quote: String?
    public var pauseKind: FollowUpPause.Kind?
    /// A client name the user gave that is not on record yet (only from a "which client?" answer).
    public var newClientName: String?
    /// Next best intents, for clarifying low-confidence messages.
    public var alternatives: [String] = []

    public init(text: String, intent: String, language: Language, confidence: Double) {
        self.text = text
        self.intent = intent
        self.language = language
        self.confidence = confidence
    }
}

/// Turns text into an `Understanding`. Rebuilt by the bot when the client list changes.
public protocol MessageUnderstanding: Sendable {
    func understand(_ text: String, today: CalendarDay, language: Language?) -> Understanding
}

/// Builds a `MessageUnderstanding` for the current clients and invoices (the gazetteer changes as data does).
public protocol UnderstandingFactory: Sendable {
    func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding
}
