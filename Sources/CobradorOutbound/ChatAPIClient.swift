import Foundation

/// Calls a chat platform's API with the same retry rules as the webhook poster: a 5xx or a network
/// error is tried again after a growing wait, a 429 after its `Retry-After`; any other answer is
/// returned to the caller, who reads the platform's own verdict (Slack answers 200 with `"ok": false`).
public struct ChatAPIClient: Sendable {
    public typealias Sleep = @Sendable (Duration) async throws -> Void

    private let transport: any ChatAPISending
    private let policy: RetryPolicy
    private let sleep: Sleep

    public init(
        transport: any ChatAPISending = AsyncHTTPClientChatAPI(),
        policy: RetryPolicy = RetryPolicy(maxAttempts: 3, timeout: .seconds(10)),
        sleep: @escaping Sleep = { try await Task.sleep(for: $0) }
    ) {
        self.transport = transport
        self.policy = policy
        self.sleep = sleep
    }

    /// The platform's answer (any status below 500 but 429), or the error after the last try.
    public func call(_ request: ChatAPIRequest) async throws(WebhookPostError) -> HTTPPostResponse {
        guard let scheme = request.url.scheme?.lowercased(), scheme == "https" || scheme == "http", request.url.host != nil
        else { throw .invalidURL }
        var request = request
        request.timeout = min(request.timeout, policy.timeout)
        return try await RetryLoop(policy: policy, sleep: sleep).run { try await transport.send(request) }.response
    }

    /// POSTs a JSON body and returns the answer.
    public func postJSON(
        _ body: Data, to url: URL, headers: [String: String] = [:], method: ChatAPIRequest.Method = .post
    ) async throws(WebhookPostError) -> HTTPPostResponse {
        var all = ["Content-Type": "application/json; charset=utf-8"]
        for (name, value) in headers { all[name] = value }
        return try await call(ChatAPIRequest(method: method, url: url, headers: all, body: body, timeout: policy.timeout))
    }
}
