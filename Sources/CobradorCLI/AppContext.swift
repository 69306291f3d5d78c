import CobradorCore
import CobradorStore
import Foundation

/// The composition root: turns global options and the environment into the parts every command uses.
struct AppContext {
    let store: AppDatabase
    let dates: DateProvider
    let forcedLanguage: Language?
    let environment: [String: String]

    init(store: AppDatabase, dates: DateProvider, forcedLanguage: Language?, environment: [String: String]) {
        self.store = store
        self.dates = dates
        self.forcedLanguage = forcedLanguage
        self.environment = environment
    }

    init(_ options: CobradorCommand, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let path = options.db ?? environment["COBRADOR_DB"] ?? AppDatabase.defaultPath(environment: environment)
        do {
            store = try AppDatabase.open(path: path)
        } catch {
            throw CLIError(
                es: "No se pudo abrir la base de datos \(path): \(error.localizedDescription)",
                en: "Could not open the database \(path): \(error.localizedDescription)")
        }
        if let text = options.today, let day = CalendarDay(parsing: text) {
            dates = .fixed(day)
        } else {
            dates = .system
        }
        forcedLanguage = options.lang
    }

    /// The language for messages that are not answers to a chat message (import reports, errors).
    var messageLanguage: Language { forcedLanguage ?? Self.systemLanguage(environment) }

    static func systemLanguage(_ env: [String: String]) -> Language {
        let value = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return value.lowercased().hasPrefix("es") ? .es : .en
    }
}

/// A failure shown to the user as one plain sentence in their language, never a stack trace.
struct CLIError: Error, CustomStringConvertible {
    let es: String
    let en: String

    func message(_ language: Language) -> String { language == .es ? es : en }
    var description: String { en }
}
