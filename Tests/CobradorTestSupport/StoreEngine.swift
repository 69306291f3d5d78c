import CobradorCore
import CobradorPostgres
import CobradorStore
import Foundation

/// Everything a test asks of a store; both engines are all of it.
public typealias TestStore = ConversationStore & LedgerStore & ReceivablesBookStore & ScheduleStore

/// The engines the store contract is tested on: `@Test(arguments: StoreEngine.available)`.
public enum StoreEngine: String, Sendable, CustomStringConvertible, CaseIterable {
    case sqlite
    case postgres

    public var description: String { rawValue }

    /// SQLite always; PostgreSQL when a test server is given (or CI demands one), with a line saying when it is not.
    public static var available: [StoreEngine] {
        if TestPostgres.enabled { return [.sqlite, .postgres] }
        skipNotice
        return [.sqlite]
    }

    private static let skipNotice: Void = {
        FileHandle.standardError.write(Data("◇ \(TestPostgres.skipNote)\n".utf8))
    }()

    /// Runs `body` on a new empty store of this engine (a temporary SQLite file, or a database of its own on
    /// the test server, dropped after).
    public func withStore<R: Sendable>(
        clock: @escaping @Sendable () -> Date = { Date() }, _ body: (any TestStore) async throws -> R
    ) async throws -> R {
        switch self {
        case .sqlite:
            let path = TestPaths.temporaryDirectory().appendingPathComponent("store.sqlite").path
            return try await body(try AppDatabase.open(path: path, clock: clock))
        case .postgres:
            return try await TestPostgres.withDatabase { url in
                let store = try await PostgresStore(url: url, clock: clock)
                defer { store.close() }
                return try await body(store)
            }
        }
    }

    /// Runs `body` with a location both engines' processes can open (a file path or a URL), and a way to
    /// open another store on it (another process's view).
    public func withLocation<R: Sendable>(_ body: (String) async throws -> R) async throws -> R {
        switch self {
        case .sqlite:
            return try await body(TestPaths.temporaryDirectory().appendingPathComponent("shared.sqlite").path)
        case .postgres:
            return try await TestPostgres.withDatabase(body)
        }
    }

    /// Opens the store at `location` (from `withLocation`).
    public static func open(_ location: String, clock: @escaping @Sendable () -> Date = { Date() }) async throws -> any TestStore {
        if PostgresStore.isPostgresURL(location) { return try await PostgresStore(url: location, clock: clock) }
        return try AppDatabase.open(path: location, clock: clock)
    }
}
