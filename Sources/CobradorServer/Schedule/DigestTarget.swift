import CobradorOutbound
import Foundation

/// One place the scheduled digest is posted: a team chat's incoming webhook and its format.
public struct DigestTarget: Hashable, Sendable, CustomStringConvertible {
    public let url: URL
    public let format: ChatFormat

    public init(url: URL, format: ChatFormat) {
        self.url = url
        self.format = format
    }

    /// `slack (hooks.slack.com)`: the host only, since a webhook URL's path is its secret.
    public var description: String { "\(format.rawValue) (\(url.host ?? "?"))" }
}
