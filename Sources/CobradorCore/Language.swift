import Foundation

/// The two languages cobrador speaks. Every reply is in the language of the message it answers.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case es, en
}
