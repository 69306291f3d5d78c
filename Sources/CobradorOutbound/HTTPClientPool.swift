import AsyncHTTPClient
import Foundation

/// One AsyncHTTPClient per proxy (a client's proxy is fixed when it is made), each kept for the
/// life of the process and never shut down, like `HTTPClient.shared`: the direct one for most
/// posts, one more for each proxy in use.
final class HTTPClientPool: @unchecked Sendable {
    static let shared = HTTPClientPool()

    private let lock = NSLock()
    private var clients: [ProxyServer?: HTTPClient] = [:]

    func client(through proxy: ProxyServer?) -> HTTPClient {
        lock.lock()
        defer { lock.unlock() }
        if let client = clients[proxy] { return client }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: Self.configuration(proxy))
        clients[proxy] = client
        return client
    }

    /// Without following redirects (a chat's webhook that answers 3xx has not taken the message)
    /// and failing a refused connection at once: `WebhookPoster` does the retrying, with its own backoff.
    static func configuration(_ proxy: ProxyServer?) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.retryConnectionEstablishment = false
        if let proxy {
            switch proxy.kind {
            case .http:
                let authorization = proxy.username.map { HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "") }
                configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: authorization)
            case .socks5:
                configuration.proxy = .socksServer(host: proxy.host, port: proxy.port)
            }
        }
        return configuration
    }
}
