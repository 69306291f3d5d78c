import Foundation

/// Something that happened in the follow-up: a reminder sent, a call, a letter, an answer.
public struct ContactEvent: Hashable, Sendable, Codable, Identifiable {
    public enum Channel: String, Sendable, Codable, CaseIterable { case email, phone, letter, meeting, lawyer }
    public enum Outcome: String, Sendable, Codable, CaseIterable {
        /// We sent something (an email, a letter); no reply yet.
        case sent
        /// The client replied or we spoke to them.
        case answered
        /// We tried (typically a call) and nobody answered.
        case noAnswer = "no_answer"
    }

    public var id: Int64
    public var clientID: Int64
    public var invoiceID: Int64?
    public var channel: Channel
    public var outcome: Outcome
    public var date: CalendarDay
    public var note: String?

    public init(
        id: Int64, clientID: Int64, invoiceID: Int64? = nil, channel: Channel, outcome: Outcome, date: CalendarDay,
        note: String? = nil
    ) {
        self.id = id
        self.clientID = clientID
        self.invoiceID = invoiceID
        self.channel = channel
        self.outcome = outcome
        self.date = date
        self.note = note
    }
}
