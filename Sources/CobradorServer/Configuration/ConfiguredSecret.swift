import Foundation

/// A secret from the configuration (signing secret, token). It never prints itself:
/// `description`, `debugDescription` and reflection all say `<redacted>`, so a secret
/// cannot reach a log line by accident.
public struct ConfiguredSecret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The secret itself; read it only to verify a request.
    public let value: String

    /// Nil when the value is missing or blank: an empty secret means "not configured".
    public init?(_ value: String?) {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        self.value = trimmed
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
