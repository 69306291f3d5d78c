import Foundation
import PostgresNIO

/// A `postgres://` (or `postgresql://`) URL, as `--db`, `COBRADOR_DB` and `database.url` give it.
struct PostgresURL {
    var host: String
    var port: Int
    var user: String
    var password: String?
    var database: String
    var tls: TLSMode

    enum TLSMode: String {
        case disable, prefer, require
    }

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether `text` names a PostgreSQL database rather than a file.
    static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    init(_ text: String) throws {
        guard Self.isPostgres(text), let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            throw Invalid(description: "not a postgres:// URL")
        }
        self.host = host
        port = parts.port ?? 5432
        user = parts.percentEncodedUser.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = parts.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        database = path.isEmpty ? user : path
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        switch mode {
        case "disable", "allow": tls = .disable
        case "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default: throw Invalid(description: "unknown sslmode \(mode)")
        }
    }

    /// The same URL with `database` in place of its own (tests make a database per test).
    func replacingDatabase(_ name: String) -> String {
        var parts = URLComponents()
        parts.scheme = "postgres"
        parts.host = host
        parts.port = port
        parts.user = user
        parts.password = password
        parts.path = "/" + name
        if tls != .prefer { parts.queryItems = [URLQueryItem(name: "sslmode", value: tls.rawValue)] }
        return parts.string ?? ""
    }

    func clientConfiguration() -> PostgresClient.Configuration {
        let tlsSetting: PostgresClient.Configuration.TLS
        switch tls {
        case .disable: tlsSetting = .disable
        case .prefer: tlsSetting = .prefer(.makeClientConfiguration())
        case .require: tlsSetting = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tlsSetting)
        configuration.options.maximumConnections = 16
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }
}
