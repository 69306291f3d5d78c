import CobradorPostgres
import Foundation
import Logging
import PostgresNIO
import Testing

/// The PostgreSQL server the tests use, from `COBRADOR_TEST_PG_URL` (`scripts/pg-test-server.sh start`
/// prints it). Each test gets a database of its own, created here and dropped after, so tests run in
/// parallel. Without the variable the PostgreSQL tests are skipped, except under CI (`CI` set), where a
/// missing server fails them.
public enum TestPostgres {
    public static let urlVariable = "COBRADOR_TEST_PG_URL"

    public static var serverURL: String? {
        ProcessInfo.processInfo.environment[urlVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static var isCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether the PostgreSQL tests run: a server is given, or CI requires one (and the tests then fail without it).
    public static var enabled: Bool { serverURL != nil || isCI }

    public static let skipNote: Comment = "PostgreSQL tests skipped: set COBRADOR_TEST_PG_URL (scripts/pg-test-server.sh start)"

    public struct MissingServer: Error, CustomStringConvertible {
        public var description: String { "CI is set but COBRADOR_TEST_PG_URL is not: the PostgreSQL tests need a server" }
    }

    /// A new empty database on the test server; its URL.
    public static func createDatabase() async throws -> String {
        guard let server = serverURL else { throw MissingServer() }
        let name = "cobrador_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await admin(server) { conn in try await conn.query("CREATE DATABASE \(unescaped: name)", logger: logger) }
        return try replacingDatabase(server, with: String(name))
    }

    /// Drops the database of `url` (made by `createDatabase`), whoever is still connected to it.
    public static func dropDatabase(_ url: String) async {
        guard let server = serverURL, let name = URLComponents(string: url)?.path.dropFirst(), name.hasPrefix("cobrador_test_") else {
            return
        }
        try? await admin(server) { conn in
            try await conn.query("DROP DATABASE IF EXISTS \(unescaped: String(name)) WITH (FORCE)", logger: logger)
        }
    }

    /// Runs `body` over a fresh database's URL, then drops it.
    public static func withDatabase<R: Sendable>(_ body: (String) async throws -> R) async throws -> R {
        let url = try await createDatabase()
        do {
            let result = try await body(url)
            await dropDatabase(url)
            return result
        } catch {
            await dropDatabase(url)
            throw error
        }
    }

    static let logger = Logger(label: "cobrador.test.postgres")

    static func replacingDatabase(_ url: String, with name: String) throws -> String {
        guard var parts = URLComponents(string: url) else { throw MissingServer() }
        parts.path = "/" + name
        return parts.string ?? url
    }

    private static func admin(_ url: String, _ body: @Sendable (PostgresConnection) async throws -> Void) async throws {
        guard let parts = URLComponents(string: url), let host = parts.host else { throw MissingServer() }
        let configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres", password: parts.password,
            database: String(parts.path.dropFirst()).isEmpty ? "postgres" : String(parts.path.dropFirst()), tls: .disable)
        let conn = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await body(conn)
            try await conn.close()
        } catch {
            try? await conn.close()
            throw error
        }
    }
}
