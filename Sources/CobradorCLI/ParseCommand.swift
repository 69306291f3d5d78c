import ArgumentParser
import CobradorBot
import CobradorContent
import CobradorCore
import CobradorNLU
import CobradorTerminal
import Foundation

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show the parser's view of a message as JSON (intent, entities, alternatives).")

    @ParentCommand var root: CobradorCommand

    @Flag(name: .long, help: "Print JSON (the only format).")
    var json = false

    @Flag(name: .long, help: "Read one JSON object per line ({\"text\": …, \"today\": …}) and write one result per line.")
    var batch = false

    @Argument(help: "The message to parse.")
    var message: [String] = []

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let parser = try await withAsyncCLIErrors(root) { try await AppContext.makeParser(root, environment: environment) }
        let defaultToday = root.today.flatMap(CalendarDay.init(parsing:)) ?? CalendarDay.today()
        if batch {
            let language = root.lang
            BatchLoop.standard { request in
                let today = request.today.flatMap(CalendarDay.init(parsing:)) ?? defaultToday
                return parser.parse(request.text, today: today, language: language).jsonLine()
            }.run()
            return
        }
        let text = message.joined(separator: " ")
        Console.out(parser.parse(text, today: defaultToday, language: root.lang).jsonLine())
    }
}
