import Foundation

/// A proxy named by `HTTPS_PROXY`, `HTTP_PROXY` or `ALL_PROXY`: `[scheme://][user:password@]host[:port]`,
/// read as libcurl reads it (no scheme: an HTTP proxy; no port: 1080).
public struct ProxyServer: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// Requests go through an HTTP `CONNECT` tunnel (what AsyncHTTPClient does for every target).
        case http
        /// SOCKS version 5 (`socks5://`, `socks5h://`), without authentication.
        case socks5
    }

    public var kind: Kind
    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?

    public init(kind: Kind = .http, host: String, port: Int, username: String? = nil, password: String? = nil) {
        self.kind = kind
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    /// libcurl's default proxy port.
    public static let defaultPort = 1080

    /// Nil for an empty value, an unsupported scheme (`https://` proxies, SOCKS 4) or a bad port.
    public init?(parsing value: String) {
        var rest = Substring(value.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { return nil }
        kind = .http
        if let range = rest.range(of: "://") {
            switch rest[..<range.lowerBound].lowercased() {
            case "http": kind = .http
            case "socks5", "socks5h": kind = .socks5
            default: return nil
            }
            rest = rest[range.upperBound...]
        }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            let parts = credentials.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            username = parts.first.map { String($0).removingPercentEncoding ?? String($0) }
            password = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : nil
        }
        var hostPart = rest
        var portPart: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            hostPart = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() }
        } else if let colon = rest.lastIndex(of: ":") {
            hostPart = rest[..<colon]
            portPart = rest[rest.index(after: colon)...]
        }
        guard !hostPart.isEmpty else { return nil }
        host = String(hostPart)
        if let portPart {
            guard let number = Int(portPart), (1...65535).contains(number) else { return nil }
            port = number
        } else {
            port = Self.defaultPort
        }
    }

    /// Safe to log: the credentials are never shown.
    public var description: String { "\(kind.rawValue)://\(host):\(port)" }
}
