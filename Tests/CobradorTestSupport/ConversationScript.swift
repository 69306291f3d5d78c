import Foundation

/// A conversation test written as data (like Rasa's test stories), run through the real binary:
///
///     # today: 2026-11-30
///     > ¿quién me debe?
///     < Te deben 8 clientes
///     !< Wayne
///     # then today: 2026-12-10
///
/// `>` is what the user types; `<` a text the answer must contain; `!<` a text it must not contain.
public struct ConversationScript: Sendable {
    public struct Turn: Sendable {
        public var line: Int
        public var input: String
        public var expected: [String] = []
        public var forbidden: [String] = []
        /// The day this turn happens; later turns may move the clock forward (`# then today:`).
        public var today: String
    }

    public var name: String
    public var today = "2026-11-30"
    public var fixture = "invoices.csv"
    public var turns: [Turn] = []

    public init(name: String, text: String) {
        self.name = name
        var clock = today
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("# today:") {
                today = line.dropFirst(8).trimmingCharacters(in: .whitespaces)
                clock = today
            } else if line.hasPrefix("# then today:") {
                clock = line.dropFirst(13).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("# fixture:") {
                fixture = line.dropFirst(10).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("> ") {
                turns.append(Turn(line: i + 1, input: String(line.dropFirst(2)), today: clock))
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

    /// Runs the script through `cobrador chat` over a pipe (one process per stretch of days, on the same
    /// database) and returns one message per failed expectation.
    public func run() throws -> [String] {
        let separator = "~~~ end of answer ~~~"
        let base = try CLIRunner.withFixture(fixture)
        var failures: [String] = []
        var index = 0
        while index < turns.count {
            let day = turns[index].today
            let stretch = turns[index...].prefix { $0.today == day }
            var runner = base
            runner.today = day
            let input = stretch.map(\.input).joined(separator: "\n") + "\n"
            let out = try runner.run(["chat", "--separator", separator], input: input)
            guard out.status == 0 else { return failures + ["\(name): exit status \(out.status)\n\(out.stderr)"] }
            let answers = out.stdout.components(separatedBy: separator + "\n")
            for (i, turn) in stretch.enumerated() {
                let answer = i < answers.count ? answers[i] : ""
                for text in turn.expected where !answer.contains(text) {
                    failures.append("\(name):\(turn.line) «\(turn.input)» should contain «\(text)» but answered:\n\(answer)")
                }
                for text in turn.forbidden where answer.contains(text) {
                    failures.append("\(name):\(turn.line) «\(turn.input)» must not contain «\(text)» but answered:\n\(answer)")
                }
            }
            index += stretch.count
        }
        return failures
    }
}
