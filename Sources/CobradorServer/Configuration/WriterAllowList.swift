import Foundation

/// Who may change data from a chat (`COBRADOR_WRITERS`): chat user ids or names, or `*` for everyone.
///
/// Matching ignores case and a leading `@`, so `@Ana`, `ana` and `ANA` are the same name.
/// Everyone else gets read-only answers.
public struct WriterAllowList: Sendable, Equatable, CustomStringConvertible {
    public private(set) var allowsEveryone: Bool
    public private(set) var entries: Set<String>

    public static let nobody = WriterAllowList(entries: [])
    public static let everyone = WriterAllowList(parsing: "*")

    public init(entries: some Sequence<String>) {
        var normalised = Set<String>()
        var everyone = false
        for entry in entries {
            let key = Self.normalise(entry)
            if key == "*" {
                everyone = true
            } else if !key.isEmpty {
                normalised.insert(key)
            }
        }
        self.entries = normalised
        self.allowsEveryone = everyone
    }

    /// Parses a comma-separated list (`U123, ana, @luis`); blanks are ignored.
    public init(parsing list: String) {
        self.init(entries: list.split(separator: ",").map(String.init))
    }

    /// True when the user id or the user name is on the list (or the list is `*`).
    public func allows(userID: String?, userName: String?) -> Bool {
        if allowsEveryone { return true }
        if entries.isEmpty { return false }
        for candidate in [userID, userName] {
            if let candidate, entries.contains(Self.normalise(candidate)) { return true }
        }
        return false
    }

    public var description: String {
        allowsEveryone ? "*" : entries.sorted().joined(separator: ",")
    }

    private static func normalise(_ value: String) -> String {
        var trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("@") { trimmed.removeFirst() }
        return trimmed.lowercased()
    }
}
