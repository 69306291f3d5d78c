import Foundation

/// One call to a chat platform's Web API (Slack `chat.postMessage`, Telegram `sendMessage`, Discord's
/// interaction webhooks): unlike an incoming-webhook post it may be a PATCH and carries its own headers.
public struct ChatAPIRequest: Sendable, Equatable {
    public enum Method: String, Sendable {
        case post = "POST"
        case patch = "PATCH"
    }

    public var method: Method
    public var url: URL
    public var headers: [String: String]
    public var body: Data
    public var timeout: Duration

    public init(
        method: Method = .post,
        url: URL,
        headers: [String: String] = ["Content-Type": "application/json; charset=utf-8"],
        body: Data,
        timeout: Duration = .seconds(10)
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}
