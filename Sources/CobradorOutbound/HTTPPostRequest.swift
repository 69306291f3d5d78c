import Foundation

/// One POST: where, what, and how long to wait for the answer.
public struct HTTPPostRequest: Sendable, Equatable {
    public var url: URL
    public var body: Data
    public var headers: [String: String]
    public var timeout: Duration

    public init(url: URL, body: Data, headers: [String: String] = ["Content-Type": "application/json"], timeout: Duration) {
        self.url = url
        self.body = body
        self.headers = headers
        self.timeout = timeout
    }
}
