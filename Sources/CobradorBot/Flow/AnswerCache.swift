import CobradorCore
import CobradorNLU
import Foundation

/// Answers to read-only questions and parses of recent messages, kept while the store's change token
/// holds: a chat room asking "¿quién me debe?" twenty times a day gets the same reply until something
/// changes. This process's own writes clear it at once; other processes' are seen within `recheck`.
struct AnswerCache {
    /// A read-only answer and the client it was about (for "¿y…?").
    struct Answer: Sendable {
        var reply: BotReply
        var clientID: Int64?
    }

    /// Questions whose answer depends only on the data, the day and the words.
    static let cacheableIntents: Set<IntentName> = [
        .whoOwes, .listOverdue, .clientStatus, .nextStep, .agenda, .lateFee, .preventionTips, .help,
    ]
    /// Looking at the store costs a round trip; under load, once every 20 ms is plenty.
    static let recheck: Duration = .milliseconds(20)
    static let capacity = 2_000

    private(set) var answers: [String: Answer] = [:]
    private var parses: [String: Understanding] = [:]
    private var token: String?
    private var lastCheck: ContinuousClock.Instant?

    /// The key of a cacheable question, or nil.
    static func key(_ u: Understanding, today: CalendarDay, chart: Bool) -> String? {
        guard cacheableIntents.contains(u.intent), u.ambiguousClients.isEmpty else { return nil }
        let needsClient: Set<IntentName> = [.clientStatus, .nextStep, .lateFee]
        if needsClient.contains(u.intent) && u.clientIDs.isEmpty && u.invoiceNumbers.isEmpty { return nil }
        return [
            u.intent.rawValue, u.language.rawValue, chart ? "c" : "", u.clientIDs.map(String.init).joined(separator: ","),
            u.invoiceNumbers.joined(separator: ","), u.days.map(String.init) ?? "",
            u.dates.map(\.isoString).joined(separator: ","), String(today.ordinal),
        ].joined(separator: "|")
    }

    func answer(_ key: String) -> Answer? { answers[key] }

    mutating func remember(_ answer: Answer, for key: String) {
        if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = answer
    }

    static func parseKey(_ text: String, today: CalendarDay, language: Language?) -> String {
        "\(today.ordinal)|\(language?.rawValue ?? "")|\(text)"
    }

    func parse(_ key: String) -> Understanding? { parses[key] }

    mutating func remember(parse u: Understanding, for key: String, textLength: Int) {
        if parses.count >= Self.capacity { parses.removeAll(keepingCapacity: true) }
        if textLength <= 1_000 { parses[key] = u }
    }

    /// Whether it is time to look at the store's change token again.
    mutating func isDueForCheck(now: ContinuousClock.Instant) -> Bool {
        if let lastCheck, now - lastCheck < Self.recheck, token != nil { return false }
        lastCheck = now
        return true
    }

    /// Adopts the store's token; true when it moved (or the store cannot tell), and everything was dropped.
    mutating func adopt(token new: String?) -> Bool {
        guard new == nil || new != token else { return false }
        forget()
        token = new
        return true
    }

    mutating func forget() {
        answers.removeAll(keepingCapacity: true)
        parses.removeAll(keepingCapacity: true)
    }
}
