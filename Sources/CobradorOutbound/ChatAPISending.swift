/// Sends one request to a chat platform's API. `AsyncHTTPClientChatAPI` does it for real; tests
/// point the base URLs at a stub on 127.0.0.1 instead. Throws for network errors and timeouts only:
/// any HTTP status is a response.
public protocol ChatAPISending: Sendable {
    func send(_ request: ChatAPIRequest) async throws -> HTTPPostResponse
}
