import CobradorCore

/// What the parser understood from one message: the contract printed by `cobrador parse --json`
/// and the input of the bot's handlers.
public struct ParseResult: Sendable, Hashable {
    public var text: String
    public var language: Language
    public var intent: String
    public var confidence: Double
    public var entities: [Entity]
    public var alternatives: [IntentAlternative]
    /// How many words the message has, so the flow can tell a short answer from a new request.
    public var wordCount: Int
    /// The clause whose words decided the intent ("buen día! ¿qué hay para hoy?" → "qué hay para hoy").
    public var decidedBy: TextSpan?

    public init(
        text: String, language: Language, intent: String, confidence: Double, entities: [Entity],
        alternatives: [IntentAlternative], wordCount: Int = 0, decidedBy: TextSpan? = nil
    ) {
        self.wordCount = wordCount
        self.decidedBy = decidedBy
        self.text = text
        self.language = language
        self.intent = intent
        self.confidence = confidence
        self.entities = entities
        self.alternatives = alternatives
    }

    public func entities(_ kind: Entity.Kind) -> [Entity] { entities.filter { $0.kind == kind } }

    public func first(_ kind: Entity.Kind) -> Entity? { entities.first { $0.kind == kind } }

    /// The intent as the bot names it: `fallback` for one added by a user's extra intents directory.
    public var intentName: IntentName { IntentName(named: intent) }

    /// Ids of the clients named unambiguously, in order of appearance.
    public var clientIDs: [Int64] { entities(.client).filter { !$0.isAmbiguous }.compactMap(\.clientIDs.first) }
    public var clientID: Int64? { clientIDs.first }
    public var clientName: String? { entities(.client).first { !$0.isAmbiguous }?.value }
    /// The first ambiguous client mention: candidate ids and names ("¿Acme S.L. o Acme Corp?").
    public var ambiguousClient: (ids: [Int64], names: [String])? {
        guard let e = entities(.client).first(where: \.isAmbiguous) else { return nil }
        return (e.clientIDs, e.candidates)
    }
    public var invoice: String? { first(.invoice)?.value }
    /// The client that owns the first invoice mentioned, when the number is known.
    public var invoiceClientID: Int64? { first(.invoice)?.clientIDs.first }
    /// The first amount with a stated currency.
    public var money: Money? { entities(.money).compactMap(\.money).first }
    /// The first amount as written, currency or not (plain decimal string).
    public var amount: String? { first(.money)?.amount }
    public var date: CalendarDay? { first(.date)?.day }
    public var email: String? { first(.email)?.value }
    public var phone: String? { first(.phone)?.value }
    public var person: String? { first(.person)?.value }
    public var channel: String? { first(.channel)?.value }
    public var outcome: String? { first(.outcome)?.value }
    public var tone: String? { first(.tone)?.value }
    public var days: Int? { first(.days)?.number }
    public var quote: String? { first(.quote)?.value }
    public var pauseKind: String? { first(.pauseKind)?.value }
    /// The flow cues present (sent, pay, resume, dispute, followup).
    public var cues: Set<String> { Set(entities(.cue).compactMap(\.value)) }
    public func hasCue(_ value: String) -> Bool { entities.contains { $0.kind == .cue && $0.value == value } }
    /// The 1-based position of a choice ("la segunda" → 2).
    public var ordinal: Int? { first(.ordinal)?.value.flatMap { Int($0) } }
    /// dso or slower, for a forecast question.
    public var metric: String? { first(.metric)?.value }
    /// Names that read like a client but are not in the book.
    public var unknownClients: [Entity] { entities(.unknownClient) }
}
