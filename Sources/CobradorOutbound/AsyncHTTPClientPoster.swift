import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `HTTPPosting` over AsyncHTTPClient (SwiftNIO). Not URLSession: on Linux that brings libcurl and
/// some thirty shared libraries into every start of the binary, a quarter of a cold `cobrador parse`.
///
/// Proxies come from the environment as libcurl reads them (`ProxySettings`): AsyncHTTPClient
/// does not look at `HTTPS_PROXY` on its own.
public struct AsyncHTTPClientPoster: HTTPPosting {
    /// Largest answer body kept (chat webhooks answer "ok" or a short JSON error).
    static let maxResponseBytes = 1 << 20

    public let proxies: ProxySettings

    public init(proxies: ProxySettings = ProxySettings(environment: ProcessInfo.processInfo.environment)) {
        self.proxies = proxies
    }

    public func post(_ request: HTTPPostRequest) async throws -> HTTPPostResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .POST
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let nanoseconds = request.timeout.components.seconds * 1_000_000_000 + request.timeout.components.attoseconds / 1_000_000_000
        let deadline = NIODeadline.now() + .nanoseconds(nanoseconds)
        let client = HTTPClientPool.shared.client(through: proxies.proxy(for: request.url))
        let response = try await client.execute(outgoing, deadline: deadline)
        let body = try await response.body.collect(upTo: Self.maxResponseBytes)
        var headers: [String: String] = [:]
        for header in response.headers {
            headers[header.name.lowercased()] = header.value
        }
        return HTTPPostResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }
}
