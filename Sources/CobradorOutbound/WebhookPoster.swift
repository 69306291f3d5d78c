import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

/// Posts messages to a team chat's incoming webhook (`cobrador digest --post URL --format …`),
/// retrying 5xx answers and network errors with exponential backoff and honouring `Retry-After`
/// on 429.
///
/// The text is sent as given: compose it from data already escaped with `ChatEscaper`, so the
/// caller decides which parts are data (client names, notes) and which are cobrador's own markup.
public struct WebhookPoster: Sendable {
    public typealias Sleep = @Sendable (Duration) async throws -> Void

    private let http: any HTTPPosting
    private let policy: RetryPolicy
    private let sleep: Sleep

    /// - Parameters:
    ///   - http: the transport (AsyncHTTPClient by default; tests inject theirs).
    ///   - policy: tries, backoff and timeouts.
    ///   - sleep: how to wait between tries (tests record the delays instead of waiting).
    public init(
        http: any HTTPPosting = AsyncHTTPClientPoster(),
        policy: RetryPolicy = .standard,
        sleep: @escaping Sleep = { try await Task.sleep(for: $0) }
    ) {
        self.http = http
        self.policy = policy
        self.sleep = sleep
    }

    /// Posts `text` (already composed and escaped) in the chat's format; Discord text longer
    /// than 2,000 characters goes as several posts, in order.
    @discardableResult
    public func post(_ text: String, to url: URL, format: ChatFormat) async throws(WebhookPostError) -> WebhookPostReport {
        var attempts = 0
        let bodies = WebhookPayload.bodies(for: text, format: format)
        for body in bodies {
            attempts += try await postJSON(body, to: url)
        }
        return WebhookPostReport(messages: bodies.count, attempts: attempts)
    }

    /// Posts one JSON body with the retry policy; returns the number of tries it took.
    /// (Used for Slack's and Mattermost's `response_url` too.)
    @discardableResult
    public func postJSON(_ body: Data, to url: URL) async throws(WebhookPostError) -> Int {
        guard let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http", url.host != nil else {
            throw .invalidURL
        }
        let request = HTTPPostRequest(url: url, body: body, timeout: policy.timeout)
        let (response, attempts) = try await RetryLoop(policy: policy, sleep: sleep).run { try await http.post(request) }
        guard (200..<300).contains(response.status) else { throw .rejected(status: response.status, attempts: attempts) }
        return attempts
    }

    /// A short reason for a network error, without the URL.
    static func reason(for error: any Error) -> String {
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: return "timed out"
            case .remoteConnectionClosed: return "connection lost"
            default: return "network error"
            }
        }
        if let connectionError = error as? NIOConnectionError {
            if connectionError.dnsAError != nil && connectionError.dnsAAAAError != nil && connectionError.connectionErrors.isEmpty {
                return "unknown host"
            }
            return connectionError.connectionErrors.isEmpty ? "network error" : "connection refused"
        }
        if let io = error as? IOError, io.errnoCode == ECONNREFUSED { return "connection refused" }
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut: return "timed out"
            case .cannotConnectToHost: return "connection refused"
            case .cannotFindHost, .dnsLookupFailed: return "unknown host"
            case .notConnectedToInternet: return "no network"
            case .networkConnectionLost: return "connection lost"
            default: return "network error \(urlError.code.rawValue)"
            }
        }
        return "network error"
    }
}
