import CobradorCore
import Foundation
import GRDB

/// The SQLite store: one façade over a GRDB writer, with the schema migrations and every query.
/// Implements the domain's `LedgerStore` and `ConversationStore` ports; nothing outside this module knows about SQL.
public final class AppDatabase: LedgerStore, Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date
    /// This connection's own ledger commits, for the change token.
    let ledgerChanges = LedgerChangeCounter()

    public init(_ writer: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.writer = writer
        self.clock = clock
        try AppDatabase.migrator.migrate(writer)
        writer.writeWithoutTransaction { db in db.add(transactionObserver: ledgerChanges, extent: .observerLifetime) }
    }

    /// Opens (creating it and its folder if needed) the database file in WAL mode.
    public static func open(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: config)
        return try AppDatabase(pool, clock: clock)
    }

    /// Opens an existing database for reading only, without the writer pool: the quick path for
    /// one-shot readers such as `cobrador parse` (nil when the file does not exist yet; an older file
    /// is migrated first).
    public static func openForReading(path: String) throws -> AppDatabase? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: config)
        // A file written by an older version must be upgraded first, through the normal writer.
        guard try queue.read({ db in try AppDatabase.migrator.hasCompletedMigrations(db) }) else {
            try queue.close()
            return try open(path: path)
        }
        return AppDatabase(unmigrated: queue)
    }

    private init(unmigrated writer: any DatabaseWriter) {
        self.writer = writer
        self.clock = { Date() }
    }

    /// A private in-memory database, for tests and the demo.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config), clock: clock)
    }

    /// `$XDG_DATA_HOME/cobrador/cobrador.sqlite`, else `~/.local/share/cobrador/cobrador.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("cobrador") as NSString).appendingPathComponent("cobrador.sqlite")
    }

    /// Runs a read-only integrity check; used by crash-safety tests and `cobrador doctor`-style checks.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    /// Moves when another connection (another process, or another `AppDatabase` on the same file) commits
    /// anything, and when this one commits a change to the ledger; a conversation saved by this one leaves
    /// it alone, so answers cached from the ledger stay valid. SQLite's `data_version` tells the first.
    public func changeToken() throws -> String? {
        let version = try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        return "\(version).\(ledgerChanges.count)"
    }

    public func namesToken() throws -> String? {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT version FROM names_version WHERE id = 1").map { "names.\($0)" } }
    }

    func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: clock())
    }
}
