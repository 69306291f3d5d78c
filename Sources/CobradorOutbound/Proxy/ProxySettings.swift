import Foundation

/// Which proxy an outgoing request takes, from the environment as libcurl (and so curl, git, pip)
/// reads it: `https_proxy` / `HTTPS_PROXY` for https URLs, `http_proxy` / `HTTP_PROXY` for http
/// ones, `all_proxy` / `ALL_PROXY` for either when the specific one is unset, and `no_proxy` /
/// `NO_PROXY` for the hosts that go direct. The lower-case name wins when both are set.
public struct ProxySettings: Hashable, Sendable {
    public var http: ProxyServer?
    public var https: ProxyServer?
    public var noProxy: NoProxyList

    public init(http: ProxyServer? = nil, https: ProxyServer? = nil, noProxy: NoProxyList = NoProxyList(parsing: nil)) {
        self.http = http
        self.https = https
        self.noProxy = noProxy
    }

    /// No proxy at all.
    public static let direct = ProxySettings()

    public init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            for key in [name.lowercased(), name.uppercased()] {
                if let value = environment[key], !value.trimmingCharacters(in: .whitespaces).isEmpty { return value }
            }
            return nil
        }
        let all = value("ALL_PROXY").flatMap(ProxyServer.init(parsing:))
        http = value("HTTP_PROXY").flatMap(ProxyServer.init(parsing:)) ?? all
        https = value("HTTPS_PROXY").flatMap(ProxyServer.init(parsing:)) ?? all
        noProxy = NoProxyList(parsing: value("NO_PROXY"))
    }

    /// The proxy for `url`, nil to go direct.
    public func proxy(for url: URL) -> ProxyServer? {
        guard let host = url.host, !noProxy.matches(host: host) else { return nil }
        switch url.scheme?.lowercased() {
        case "https": return https
        case "http": return http
        default: return nil
        }
    }
}
