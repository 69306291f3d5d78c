import Foundation

/// How a client pays, in one word: what the ladder adapts to and the record's summary sentence.
public enum PaymentProfile: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing paid yet: a new client.
    case noHistory = "no_history"
    /// Some invoices paid, fewer than the settings' minimum: figures without a verdict.
    case notEnoughHistory = "not_enough_history"
    case onTime = "on_time"
    case littleLate = "little_late"
    case chronicallyLate = "chronically_late"

    public var key: String { "behaviour.profile.\(rawValue)" }

    /// True when the profile says something about the client (enough history).
    public var isKnown: Bool { self != .noHistory && self != .notEnoughHistory }
}
