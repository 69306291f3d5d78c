import Foundation
import Logging
import PostgresNIO

/// A database of its own on a server, made for one run and dropped after it: each test, and each
/// benchmark run, gets one so that runs never see each other's rows. Needs a role that may create
/// databases (the throw-away clusters of `scripts/pg-test-server.sh` are).
public enum PostgresScratchDatabase {
    /// A new empty database named `prefix` + a random suffix on the server of `serverURL`; its URL.
    public static func create(on serverURL: String, prefix: String) async throws -> String {
        let server = try PostgresURL(serverURL)
        let name = prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await admin(server) { conn in try await conn.query("CREATE DATABASE \(unescaped: name)", logger: logger) }
        return server.replacingDatabase(name)
    }

    /// Drops the database of `url`, whoever is still connected to it; only names made by `create` with
    /// `prefix`, so a mistaken URL cannot drop a real database.
    public static func drop(_ url: String, prefix: String) async {
        guard let target = try? PostgresURL(url), target.database.hasPrefix(prefix),
            target.database.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return }
        var server = target
        server.database = "postgres"
        try? await admin(server) { conn in
            try await conn.query("DROP DATABASE IF EXISTS \(unescaped: target.database) WITH (FORCE)", logger: logger)
        }
    }

    /// Quiet: the pool warns when leased before `run()` has started, which is the order here by design.
    static let logger: Logger = {
        var logger = Logger(label: "cobrador.postgres.scratch")
        logger.logLevel = .error
        return logger
    }()

    /// A pool of one connection on the server's database of `url`, for the body's statements; ended after it.
    private static func admin(_ url: PostgresURL, _ body: @escaping @Sendable (PostgresClient) async throws -> Void) async throws {
        var configuration = url.clientConfiguration()
        configuration.options.maximumConnections = 1
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await body(client)
        }
    }
}
