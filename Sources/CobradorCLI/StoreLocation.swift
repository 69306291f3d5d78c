import CobradorBot
import CobradorContent
import CobradorCore
import CobradorPostgres
import CobradorStore
import Foundation

/// Everything the commands ask of a store; both engines are all of it.
typealias AppStore = ConversationStore & LedgerStore & ReceivablesBookStore & ScheduleStore

/// Where the data lives, and the one place that picks the engine: a `postgres://` URL from `--db`,
/// `COBRADOR_DB` or the settings' `database.url` (in that order) is PostgreSQL; anything else is a
/// SQLite file, by default in the XDG data folder.
enum StoreLocation: Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    static func resolve(option: String?, environment: [String: String], configuredURL: String?) -> StoreLocation {
        let chosen = option ?? environment["COBRADOR_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? configuredURL
        guard let chosen else { return .sqlite(path: AppDatabase.defaultPath(environment: environment)) }
        return PostgresStore.isPostgresURL(chosen) ? .postgres(url: chosen) : .sqlite(path: chosen)
    }

    /// The location `options` and the environment give, reading the settings file only when neither names one.
    static func resolve(_ options: CobradorCommand, environment: [String: String]) throws -> StoreLocation {
        if options.db == nil, (environment["COBRADOR_DB"] ?? "").isEmpty {
            let settings: AppConfiguration
            do {
                settings = try AppConfiguration.load(path: options.config, environment: environment)
            } catch {
                throw CLIError("cli.error.invalid_configuration", CommandErrorView(reason: "\(error)"))
            }
            return resolve(option: nil, environment: environment, configuredURL: settings.database?.url)
        }
        return resolve(option: options.db, environment: environment, configuredURL: nil)
    }

    /// What to show of the location in a message: a URL without its password.
    var displayName: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url): return PostgresStore.redacted(url)
        }
    }

    func open() async throws -> any AppStore {
        do {
            switch self {
            case .sqlite(let path): return try AppDatabase.open(path: path)
            case .postgres(let url): return try await PostgresStore(url: url)
            }
        } catch {
            throw CLIError("cli.error.database_unopenable", CommandErrorView(path: displayName, reason: Self.reason(error)))
        }
    }

    /// One line, never the driver's dump (which would show the query and its parameters).
    static func reason(_ error: any Error) -> String {
        if let described = PostgresStore.describe(error) { return described }
        return error.localizedDescription
    }
}
