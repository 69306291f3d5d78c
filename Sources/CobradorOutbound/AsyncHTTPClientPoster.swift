import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `HTTPPosting` over AsyncHTTPClient (SwiftNIO). Not URLSession: on Linux that brings libcurl and
/// some thirty shared libraries into every start of the binary, a quarter of a cold `cobrador parse`.
public struct AsyncHTTPClientPoster: HTTPPosting {
    /// One client for the process, never shut down (like `HTTPClient.shared`), but without following
    /// redirects (a chat's webhook that answers 3xx has not taken the message) and failing a refused
    /// connection at once: `WebhookPoster` does the retrying, with its own backoff.
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// Largest answer body kept (chat webhooks answer "ok" or a short JSON error).
    static let maxResponseBytes = 1 << 20

    public init() {}

    public func post(_ request: HTTPPostRequest) async throws -> HTTPPostResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .POST
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let nanoseconds = request.timeout.components.seconds * 1_000_000_000 + request.timeout.components.attoseconds / 1_000_000_000
        let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
        let response = try await Self.client.execute(outgoing, deadline: deadline)
        let body = try await response.body.collect(upTo: Self.maxResponseBytes)
        var headers: [String: String] = [:]
        for header in response.headers {
            headers[header.name.lowercased()] = header.value
        }
        return HTTPPostResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }
}
