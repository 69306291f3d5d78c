import Foundation
import PostgresNIO

extension PostgresStore {
    /// Whether `text` names a PostgreSQL database (`postgres://…` or `postgresql://…`) rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool { PostgresURL.isPostgres(text) }

    /// `url` without its password, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? "postgres://…"
    }

    /// A one-line reason for an error of this module or of the driver, nil for any other error.
    public static func describe(_ error: any Error) -> String? {
        if let invalid = error as? PostgresURL.Invalid { return invalid.description }
        if let unreachable = error as? Unreachable { return unreachable.description }
        guard let error = error as? PSQLError else { return nil }
        if let message = error.serverInfo?[.message] { return message }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown: return "cannot reach the server"
        default: return "\(error.code)"
        }
    }
}
