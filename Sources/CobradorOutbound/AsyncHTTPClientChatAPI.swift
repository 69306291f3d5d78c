import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// `ChatAPISending` over the process's one AsyncHTTPClient (the one `AsyncHTTPClientPoster` uses:
/// no redirects followed, no connection retries of its own).
public struct AsyncHTTPClientChatAPI: ChatAPISending {
    public init() {}

    public func send(_ request: ChatAPIRequest) async throws -> HTTPPostResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = request.method == .patch ? .PATCH : .POST
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        outgoing.body = .bytes(ByteBuffer(bytes: request.body))
        let timeout = request.timeout.components
        let nanoseconds = timeout.seconds * 1_000_000_000 + timeout.attoseconds / 1_000_000_000
        let response = try await AsyncHTTPClientPoster.client.execute(outgoing, deadline: .now() + .nanoseconds(nanoseconds))
        let body = try await response.body.collect(upTo: AsyncHTTPClientPoster.maxResponseBytes)
        var headers: [String: String] = [:]
        for header in response.headers {
            headers[header.name.lowercased()] = header.value
        }
        return HTTPPostResponse(status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
    }
}
