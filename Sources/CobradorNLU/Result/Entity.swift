import CobradorCore

/// Something the parser found in a message, with where it was (Character offsets into the text).
public struct Entity: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case client, invoice, money, date, email, phone, person, channel, outcome, tone, days, quote
        case pauseKind = "pause_kind"
        /// A name that reads like a client but is not in the book.
        case unknownClient = "unknown_client"
        /// A word the flow needs to know about (value: sent, pay, resume, dispute, followup).
        case cue
        /// "la segunda", "the first one": value is the 1-based position.
        case ordinal
        /// Which figure a forecast question asks for (value: dso, slower).
        case metric

        /// Kinds found without claiming their words: the words still tell the intent scorer something.
        var isUnclaimedCue: Bool {
            switch self {
            case .channel, .tone, .outcome, .pauseKind, .cue, .ordinal, .metric: return true
            default: return false
            }
        }
    }

    public var kind: Kind
    public var text: String
    public var start: Int
    public var end: Int
    /// Canonical value: client name, invoice number, ISO date, email, phone digits, channel, tone…
    /// Nil for an ambiguous client and for money (see `amount` / `currency`).
    public var value: String?
    /// Client: the matched client, or every candidate when ambiguous. Invoice: its client when known.
    public var clientIDs: [Int64] = []
    /// Ambiguous client: the candidate names, in the same order as `clientIDs`.
    public var candidates: [String] = []
    /// Money: plain decimal ("1200.50").
    public var amount: String?
    /// Money: only when the message states it (no default currency is guessed).
    public var currency: Currency?
    /// Money: in minor units of `currency` when both are known.
    public var money: Money?
    public var day: CalendarDay?
    /// Days: the number of days.
    public var number: Int?
    /// Unresolved date (year or direction left to the intent) kept until the intent is known.
    var dateSpec: DateSpec?

    public init(kind: Kind, text: String, start: Int, end: Int, value: String? = nil) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.value = value
    }

    /// Money said with a sign or word several currencies share ("$", "pesos"): the codes it may be,
    /// settled later by the client's currency.
    var possibleCurrencies: [String] = []

    /// This kind's bit in a set of kinds.
    var kindBit: UInt32 { 1 << UInt32(Kind.allCases.firstIndex(of: kind)!) }

    static func bit(_ name: String) -> UInt32 {
        guard let k = Kind(rawValue: name), let i = Kind.allCases.firstIndex(of: k) else { return 0 }
        return 1 << UInt32(i)
    }

    public var isAmbiguous: Bool { kind == .client && value == nil && candidates.count > 1 }

    /// The placeholder this entity stands as when scoring intents.
    var slotWord: String {
        switch kind {
        case .pauseKind: return "{pause_kind}"
        case .unknownClient: return "{client}"
        default: return "{\(kind.rawValue)}"
        }
    }
}
