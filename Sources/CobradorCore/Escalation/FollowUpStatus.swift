import Foundation

/// Where a client stands today, independent of the rung: the agenda groups by this.
public enum FollowUpStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing is owed.
    case settled
    /// Something is owed but nothing has fallen due yet.
    case notDue = "not_due"
    /// There is something to do today.
    case actionToday = "action_today"
    /// A step was taken or a promise is pending; `checkAgainOn` says when to look again.
    case waiting
    /// A dispute or pause holds the ladder.
    case paused

    public var key: String { "status.\(rawValue)" }
}
