import CobradorCore

/// Why a post to a team chat failed after its last try (the webhook error's `key`); never the URL.
public struct WebhookErrorView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "webhook.error.invalid_url", "webhook.error.rejected", "webhook.error.gave_up_status", "webhook.error.gave_up_network",
        "webhook.error.cancelled",
    ]

    /// The chat's last HTTP status.
    public var status: Int?
    public var attempts: Int
    public var oneAttempt: Bool?
    /// The network problem, in a few words.
    public var reason: String?

    public init(status: Int?, attempts: Int, reason: String?) {
        self.status = status
        self.attempts = attempts
        self.oneAttempt = attempts == 1 ? true : nil
        self.reason = reason
    }
}
