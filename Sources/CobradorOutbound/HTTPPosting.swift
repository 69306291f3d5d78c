/// Sends one HTTP POST. `AsyncHTTPClientPoster` does it for real; tests inject their own.
/// Throws for network errors and timeouts; any HTTP status is a response, not an error.
public protocol HTTPPosting: Sendable {
    func post(_ request: HTTPPostRequest) async throws -> HTTPPostResponse
}
