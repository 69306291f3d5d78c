import ArgumentParser
import CobradorBot
import CobradorContent
import CobradorCore
import CobradorNLU
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
        let parser = try withCLIErrors(root) { try AppContext.makeParser(root, environment: environment) }
        let defaultToday = root.today.flatMap(CalendarDay.init(parsing:)) ?? CalendarDay.today()
        if batch {
            while let line = readLine(strippingNewline: true) {
                guard line.utf8.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
                let request = BatchRequest(line)
                let today = request.today.flatMap(CalendarDay.init(parsing:)) ?? defaultToday
                Console.out(parser.parse(request.text, today: today, language: root.lang).jsonLine())
            }
            return
        }
        let text = message.joined(separator: " ")
        Console.out(parser.parse(text, today: defaultToday, language: root.lang).jsonLine())
    }

    /// One batch line; a line that is not a JSON object is parsed as plain text so the output keeps one line per input.
    struct BatchRequest {
        var text: String
        var today: String?

        init(_ line: String) {
            if let data = line.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                text = object["text"] as? String ?? ""
                today = object["today"] as? String
            } else {
                text = line
            }
        }
    }
}
