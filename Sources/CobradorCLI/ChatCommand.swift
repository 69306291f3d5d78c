import ArgumentParser
import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTerminal
import Foundation

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk to cobrador in the terminal (one answer per line when input is a pipe).")

    @ParentCommand var root: CobradorCommand

    @Flag(name: .long, help: "Use the built-in demo data (in memory) instead of your database.")
    var demo = false

    @Option(name: .long, help: "Print this text on a line of its own after each answer (for scripts).")
    var separator: String?

    func run() async throws {
        let context = try await withAsyncCLIErrors(root) { try demo ? AppContext.demo(root) : await AppContext.open(root) }
        let bot = try withCLIErrors(root) { try context.makeBot(root) }
        try await Self.converse(bot: bot, context: context, separator: separator)
    }

    static func converse(bot: Bot, context: AppContext, separator: String? = nil) async throws {
        let interactive = Console.stdinIsTerminal
        let history = URL(fileURLWithPath: AppDatabase.defaultPath(environment: context.environment))
            .deletingLastPathComponent().appendingPathComponent("history")
        let channel: any LineChannel = interactive ? TerminalLineChannel(historyFile: history) : StandardLineChannel()
        let loop = ChatLoop(
            engine: bot, channel: channel, conversation: ConversationKey(channel: interactive ? "terminal" : "pipe", user: NSUserName()),
            language: context.forcedLanguage, interactive: interactive, separator: separator)
        if interactive {
            Console.out(Wording(context.messageLanguage)("chat.greeting"))
        }
        await loop.run()
    }
}
