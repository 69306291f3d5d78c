import ArgumentParser
import CobradorBot
import CobradorCore
import CobradorStore
import Foundation

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Try cobrador on its built-in demo data: a summary, then the chat (nothing touches your own data).")

    @ParentCommand var root: CobradorCommand

    @Option(name: .long, help: "Save the demo data to this database file instead of keeping it in memory.")
    var save: String?

    func run() async throws {
        let context = try withCLIErrors(root) { try AppContext.demo(root, savingTo: save) }
        let bot = try withCLIErrors(root) { try context.makeBot(root) }
        let words = Wording(context.messageLanguage)
        Console.out(words("demo.intro") + "\n")
        let summary = await bot.respond(
            to: IncomingMessage(
                text: words("demo.question"), conversation: ConversationKey(channel: "terminal", user: "local"),
                language: context.forcedLanguage, supportsCharts: true))
        Console.out(summary.text + "\n")
        try await ChatCommand.converse(bot: bot, context: context)
    }
}

extension AppContext {
    /// A context over the demo book: in memory, or saved to `path` (replacing nothing that exists).
    static func demo(_ options: CobradorCommand, savingTo path: String? = nil) throws -> AppContext {
        let store: AppDatabase
        if let path {
            if FileManager.default.fileExists(atPath: path) {
                throw CLIError("cli.error.demo_file_exists", CommandErrorView(path: path))
            }
            store = try AppDatabase.open(path: path)
        } else {
            store = try AppDatabase.inMemory()
        }
        let dates: DateProvider = options.today.flatMap(CalendarDay.init(parsing:)).map(DateProvider.fixed) ?? .system
        try store.seedDemo(today: dates.today)
        return AppContext(store: store, dates: dates, forcedLanguage: options.lang, environment: ProcessInfo.processInfo.environment)
    }
}
