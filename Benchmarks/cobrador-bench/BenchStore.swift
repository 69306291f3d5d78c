import CobradorCore
import CobradorPostgres
import CobradorStore

/// The store a phase measures: a SQLite file's path or a `postgres://` URL, opened as the command line
/// opens it, behind the one port the bot uses, so both engines run the same phase code.
enum BenchStore {
    static func open(_ location: String) async throws -> any LedgerStore {
        if PostgresStore.isPostgresURL(location) { return try await PostgresStore(url: location) }
        return try AppDatabase.open(path: location)
    }

    /// "SQLite" or "PostgreSQL", for the table.
    static func engine(_ location: String) -> String {
        PostgresStore.isPostgresURL(location) ? "PostgreSQL" : "SQLite"
    }
}
