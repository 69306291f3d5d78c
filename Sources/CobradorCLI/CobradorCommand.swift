import ArgumentParser
import CobradorCore
import Foundation

public enum CobradorEntry {
    public static func main() async { await CobradorCommand.main() }
}

struct CobradorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cobrador",
        abstract: "Who owes you, what to send them and what to do next — in Spanish or English.",
        version: "0.1.0",
        subcommands: [
            AskCommand.self, ChatCommand.self, ParseCommand.self, ImportCommand.self, ServeCommand.self, DigestCommand.self,
            DemoCommand.self,
        ])

    @Option(
        name: .long,
        help: ArgumentHelp(
            "SQLite database file, or a postgres://user:pass@host:5432/name URL "
                + "(default: $COBRADOR_DB, else $XDG_DATA_HOME/cobrador/cobrador.sqlite)."))
    var db: String?

    @Option(name: .long, help: "Pretend today is this date (YYYY-MM-DD), for tests and demos.")
    var today: String?

    @Option(name: .long, help: "Force the language of answers and messages: es or en.")
    var lang: Language?

    @Option(name: .long, help: "Extra folder of intent files (adds phrasings and intents).")
    var intents: [String] = []

    @Option(name: .long, help: "Folder of reply templates that override the built-in ones.")
    var responses: String?

    @Option(name: .long, help: "Settings file (default: $XDG_CONFIG_HOME/cobrador/config.yml).")
    var config: String?

    func validate() throws {
        if let today, CalendarDay(parsing: today) == nil {
            throw ValidationError("--today must be a date like 2026-11-30 / --today debe ser una fecha como 2026-11-30")
        }
    }
}

extension Language: ExpressibleByArgument {}
