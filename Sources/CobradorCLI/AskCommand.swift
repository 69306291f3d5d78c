import ArgumentParser
import CobradorBot
import CobradorCore

struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ask", abstract: "Answer one message and exit.")

    @ParentCommand var root: CobradorCommand

    @Argument(help: "The message, e.g. \"¿quién me debe?\".")
    var message: [String]

    func run() async throws {
        let context = try await withAsyncCLIErrors(root) { try await AppContext.open(root) }
        let bot = try withCLIErrors(root) { try context.makeBot(root) }
        let reply = await bot.respond(
            to: IncomingMessage(
                text: message.joined(separator: " "), conversation: ConversationKey(channel: "cli", user: "local"),
                language: context.forcedLanguage))
        Console.out(reply.text)
    }
}
