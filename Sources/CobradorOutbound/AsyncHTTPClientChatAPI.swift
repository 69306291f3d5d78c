import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `ChatAPISending` over the process's AsyncHTTPClients (the pool `AsyncHTTPClientPoster` uses:
/// no redirects followed, no connection retries of its own, proxies from the environment).
public struct AsyncHTTPClientChatAPI: ChatAPISending {
    public let proxies: ProxySettings

    public init(proxies: ProxySettings = ProxySettings(environment: ProcessInfo.processInfo.environment)) {
        self.proxies = proxies
    }

    public func send(_ request: ChatAPIRequest) async throws -> HTTPPostResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = request.method == .patch ? .PATCH : .POST
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let timeout = request.timeout.components
        let nanoseconds = timeout.seconds * 1_000_000_000 + timeout.attoseconds / 1_000_000_000
        let client = HTTPClientPool.shared.client(through: proxies.proxy(for: request.url))
        let response = try await client.execute(outgoing, deadline: .now() + .nanoseconds(nanoseconds))
        let body = try await response.body.collect(upTo: AsyncHTTPClientPoster.maxResponseBytes)
        var headers: [String: String] = [:]
        for header in response.headers {
            headers[header.name.lowercased()] = header.value
        }
        return HTTPPostResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }
}
