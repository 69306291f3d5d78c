import CobradorCore

/// Why a post to a team chat failed, after the last try. What the user reads (`key` in `Responses/`)
/// names the status or the network problem and the number of tries, never the webhook URL (it holds a secret).
public enum WebhookPostError: Error, Equatable, CustomStringConvertible {
    /// The URL is not http(s).
    case invalidURL
    /// The chat refused the message (4xx other than 429): retrying would not help.
    case rejected(status: Int, attempts: Int)
    /// Still failing after the last try: the last status (5xx or 429), or nil for a network error.
    case gaveUp(status: Int?, reason: String, attempts: Int)
    /// The task was cancelled while waiting to retry.
    case cancelled(attempts: Int)

    public var attempts: Int {
        switch self {
        case .invalidURL: 0
        case .rejected(_, let attempts), .gaveUp(_, _, let attempts), .cancelled(let attempts): attempts
        }
    }

    /// The last HTTP status the chat answered, if any.
    public var status: Int? {
        switch self {
        case .rejected(let status, _): status
        case .gaveUp(let status, _, _): status
        case .invalidURL, .cancelled: nil
        }
    }

    /// The network problem when no status came back.
    public var networkReason: String? {
        if case .gaveUp(nil, let reason, _) = self { return reason }
        return nil
    }

    /// The template that words the error for the user (`webhook.error.…` in `Responses/`), filled
    /// from `status`, `attempts` and `networkReason`.
    public var key: String {
        switch self {
        case .invalidURL: "webhook.error.invalid_url"
        case .rejected: "webhook.error.rejected"
        case .gaveUp(.some, _, _): "webhook.error.gave_up_status"
        case .gaveUp(nil, _, _): "webhook.error.gave_up_network"
        case .cancelled: "webhook.error.cancelled"
        }
    }

    /// For logs and the scheduler's record of a run: terse and in English, for whoever runs cobrador.
    public var description: String {
        let tries = attempts == 1 ? "1 try" : "\(attempts) tries"
        switch self {
        case .invalidURL: return "not an http(s) URL"
        case .rejected(let status, _): return "refused with HTTP \(status) after \(tries)"
        case .gaveUp(let status?, _, _): return "HTTP \(status) after \(tries)"
        case .gaveUp(nil, let reason, _): return "unreachable after \(tries) (\(reason))"
        case .cancelled: return "cancelled after \(tries)"
        }
    }
}
