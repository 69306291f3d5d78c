import CobradorBot
import CobradorCore
import Foundation

/// The composition root: turns global options and the environment into the parts every command uses.
struct AppContext {
    let store: any AppStore
    let dates: DateProvider
    let forcedLanguage: Language?
    let environment: [String: String]

    init(store: any AppStore, dates: DateProvider, forcedLanguage: Language?, environment: [String: String]) {
        self.store = store
        self.dates = dates
        self.forcedLanguage = forcedLanguage
        self.environment = environment
    }

    /// The context of `options`: the store they name (SQLite or PostgreSQL, see `StoreLocation`) and the day.
    static func open(
        _ options: CobradorCommand, environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> AppContext {
        let store = try await StoreLocation.resolve(options, environment: environment).open()
        let dates: DateProvider = options.today.flatMap(CalendarDay.init(parsing:)).map(DateProvider.fixed) ?? .system
        return AppContext(store: store, dates: dates, forcedLanguage: options.lang, environment: environment)
    }

    /// The language for messages that are not answers to a chat message (import reports, errors).
    var messageLanguage: Language { forcedLanguage ?? Self.systemLanguage(environment) }

    static func systemLanguage(_ env: [String: String]) -> Language {
        let value = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return value.lowercased().hasPrefix("es") ? .es : .en
    }
}

/// A failure shown to the user as one plain sentence in their language (a template of `Responses/`),
/// never a stack trace.
struct CLIError: Error, CustomStringConvertible {
    private let words: @Sendable (Wording) -> String

    init<View: ReplyView>(_ key: String, _ view: View) {
        words = { $0(key, view) }
    }

    /// For a sentence built from other rendered parts (a configuration error's own explanation).
    init(words: @escaping @Sendable (Wording) -> String) {
        self.words = words
    }

    func message(_ wording: Wording) -> String { words(wording) }
    func message(_ language: Language) -> String { words(Wording(language)) }
    var description: String { message(.en) }
}
