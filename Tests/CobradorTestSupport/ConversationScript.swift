import Foundation

/// A conversation test written as data (like Rasa's test stories), run through the real binary:
///
///     # today: 2026-11-30
///     > ¿quién me debe?
///     < Te deben 8 clientes
///     !< Wayne
///
/// `>` is what the user types; `<` a text the answer must contain; `!<` a text it must not contain.
public struct ConversationScript: Sendable {
    public struct Turn: Sendable {
        public var line: Int
        public var input: String
        public var expected: [String] = []
        public var forbidden: [String] = []
    }

    public var name: String
    public var today = "2026-11-30"
    public var fixture = "invoices.csv"
    public var turns: [Turn] = []

    public init(name: String, text: String) {
        self.name = name
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("# today:") {
                today = line.dropFirst(8).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("# fixture:") {
                fixture = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("> ") {
                turns.append(Turn(line: i + 1, input: String(line.dropFirst(2))))
            } else if line.hasPrefix("!< "), !turns.isEmpty {
                turns[turns.count - 1].forbidden.append(String(line.dropFirst(3)))
            } else if line.hasPrefix("< "), !turns.isEmpty {
                turns[turns.count - 1].expected.append(String(line.dropFirst(2)))
            }
        }
    }

    public static func load(_ url: URL) throws -> ConversationScript {
        ConversationScript(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8))
    }

    public static func all(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "conv" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Runs the script through `cobrador chat` over a pipe and returns one message per failed expectation.
    public func run() throws -> [String] {
        let separator = "~~~ end of answer ~~~"
        var runner = try CLIRunner.withFixture(fixture)
        runner.today = today
        let input = turns.map(\.input).joined(separator: "\n") + "\n"
        let out = try runner.run(["chat", "--separator", separator], input: input)
        guard out.status == 0 else { return ["\(name): exit status \(out.status)\n\(out.stderr)"] }
        let answers = out.stdout.components(separatedBy: separator + "\n")
        var failures: [String] = []
        for (i, turn) in turns.enumerated() {
            let answer = i < answers.count ? answers[i] : ""
            for text in turn.expected where !answer.contains(text) {
                failures.append("\(name):\(turn.line) «\(turn.input)» should contain «\(text)» but answered:\n\(answer)")
            }
            for text in turn.forbidden where answer.contains(text) {
                failures.append("\(name):\(turn.line) «\(turn.input)» must not contain «\(text)» but answered:\n\(answer)")
            }
        }
        return failures
    }
}
