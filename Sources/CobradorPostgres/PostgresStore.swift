import CobradorCore
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL store: the same ports as the SQLite one, over a PostgresNIO connection pool, for several
/// `serve` processes (on several machines) sharing one database.
///
/// Concurrency: every write is one READ COMMITTED transaction that locks the rows it depends on
/// (`FOR SHARE` on the invoice a payment goes to, `FOR UPDATE` on the audit entry being undone), lets the
/// unique indexes settle races (`ON CONFLICT DO NOTHING`), and is retried whole on a serialisation failure
/// or deadlock (40001, 40P01). An import locks the ledger tables against other writers (readers go on).
public final class PostgresStore: LedgerStore, Sendable {
    let client: PostgresClient
    let logger: Logger
    let clock: @Sendable () -> Date
    private let runner: Task<Void, Never>

    /// Connects to `url` (`postgres://user:password@host:port/database?sslmode=…`) and brings the schema
    /// up to date; throws when the server cannot be reached.
    public init(url: String, clock: @escaping @Sendable () -> Date = { Date() }, logger: Logger? = nil) async throws {
        let configuration = try PostgresURL(url).clientConfiguration()
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.quietLogger)
        self.client = client
        self.logger = logger ?? Self.quietLogger
        self.clock = clock
        // The pool lives as long as the store: the process ends it, or `close()`.
        runner = Task { await client.run() }
        do {
            try await PostgresSchema.migrate(self)
        } catch let error as PSQLError {
            runner.cancel()
            throw error
        } catch {
            // The pool gives up with its own error type when no connection can be made.
            runner.cancel()
            throw Unreachable(server: "\(configuration.host ?? "?"):\(configuration.port ?? 0)")
        }
    }

    deinit { runner.cancel() }

    /// No connection to the server could be made.
    public struct Unreachable: Error, CustomStringConvertible {
        public var server: String
        public var description: String { "cannot reach the PostgreSQL server at \(server)" }
    }

    /// Closes the pool's connections.
    public func close() { runner.cancel() }

    static let quietLogger: Logger = {
        var logger = Logger(label: "cobrador.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// The ledger's version: the number of ledger writes committed, each having moved one of the counter's
    /// rows as its last statement (see `write`). A commit by any process moves it, once it is visible; a
    /// conversation saved does not.
    public func changeToken() async throws -> String? {
        try await read { conn in
            try await conn.value("SELECT sum(version)::BIGINT FROM ledger_version", as: Int64.self, logger).map { "pg.\($0)" }
        }
    }

    /// Rows of the change counter (see schema v3): concurrent writers rarely wait for the same one.
    static let versionSlots = 16

    /// The statement that ends every ledger write: one random row of the counter moved by one.
    static func bumpLedgerVersion() -> PostgresQuery {
        "UPDATE ledger_version SET version = version + 1 WHERE id = \(Int.random(in: 1...versionSlots))"
    }

    public func namesToken() async throws -> String? {
        try await read { conn in
            try await conn.value("SELECT version FROM names_version WHERE id = 1", as: Int64.self, logger).map { "pg.names.\($0)" }
        }
    }

    /// Runs `body` on a pooled connection, outside any explicit transaction.
    func read<R: Sendable>(_ body: (PostgresConnection) async throws -> R) async throws -> R {
        try await client.withConnection { conn in try await body(conn) }
    }

    /// Runs `body` in one transaction, retried whole on a serialisation failure or deadlock. A ledger write
    /// (`ledger: true`) moves one row of the change counter as its last statement, so that row is locked
    /// only for the commit, and a reader never sees the new token before the rows it stands for.
    func write<R: Sendable>(ledger: Bool, _ body: (PostgresConnection) async throws -> R) async throws -> R {
        var attempt = 0
        while true {
            do {
                return try await client.withConnection { conn in
                    try await conn.query("BEGIN", logger: logger)
                    do {
                        let result = try await body(conn)
                        if ledger { try await conn.query(Self.bumpLedgerVersion(), logger: logger) }
                        try await conn.query("COMMIT", logger: logger)
                        return result
                    } catch {
                        _ = try? await conn.query("ROLLBACK", logger: logger)
                        throw error
                    }
                }
            } catch let error as PSQLError where Self.isRetryable(error) && attempt < 10 {
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 * attempt))))
            }
        }
    }

    static func isRetryable(_ error: PSQLError) -> Bool {
        let state = error.serverInfo?[.sqlState]
        return state == "40001" || state == "40P01"
    }

    static func sqlState(_ error: any Error) -> String? { (error as? PSQLError)?.serverInfo?[.sqlState] }

    func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: clock())
    }
}
