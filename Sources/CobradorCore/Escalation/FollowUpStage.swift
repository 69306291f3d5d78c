import Foundation

/// The rungs of the ladder, numbered as in the method (0 not due … 4 legal).
public enum FollowUpStage: Int, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case notDue = 0
    case firstReminder = 1
    case secondReminder = 2
    case changeChannel = 3
    case legal = 4

    public var key: String {
        switch self {
        case .notDue: return "stage.not_due"
        case .firstReminder: return "stage.first_reminder"
        case .secondReminder: return "stage.second_reminder"
        case .changeChannel: return "stage.change_channel"
        case .legal: return "stage.legal"
        }
    }

    public static func < (lhs: FollowUpStage, rhs: FollowUpStage) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Clamps arithmetic on rungs (a broken promise moves one up) to the ladder.
    init(clamping raw: Int) { self = FollowUpStage(rawValue: min(max(raw, 0), 4))! }
}
