import CobradorPostgres
import Foundation
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

    static let prefix = "cobrador_test_"

    /// A new empty database on the test server; its URL.
    public static func createDatabase() async throws -> String {
        guard let server = serverURL else { throw MissingServer() }
        return try await PostgresScratchDatabase.create(on: server, prefix: prefix)
    }

    /// Drops the database of `url` (made by `createDatabase`), whoever is still connected to it.
    public static func dropDatabase(_ url: String) async {
        await PostgresScratchDatabase.drop(url, prefix: prefix)
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
}
