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
/// Beside each script, `NAME.golden` holds the whole answer to every turn: a run must reproduce it
/// exactly. `COBRADOR_UPDATE_GOLDEN=1` rewrites the golden files from the current answers instead.
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

    /// Whether golden files are rewritten rather than compared (`COBRADOR_UPDATE_GOLDEN=1`).
    public static var updatingGolden: Bool { ProcessInfo.processInfo.environment["COBRADOR_UPDATE_GOLDEN"] == "1" }

    /// Runs the script through `cobrador chat` over a pipe (one process per stretch of days, on the same
    /// database) and returns one message per failed expectation. With `golden`, every whole answer must
    /// equal the recorded one (or, when updating, the file is rewritten).
    /// `location`: the database to run on instead of a new SQLite file (a `postgres://` URL).
    public func run(golden: URL? = nil, location: String? = nil) throws -> [String] {
        let separator = "~~~ end of answer ~~~"
        let base = try CLIRunner.withFixture(fixture, location: location)
        var failures: [String] = []
        var answers: [String] = []
        var index = 0
        while index < turns.count {
            let day = turns[index].today
            let stretch = turns[index...].prefix { $0.today == day }
            var runner = base
            runner.today = day
            let input = stretch.map(\.input).joined(separator: "\n") + "\n"
            let out = try runner.run(["chat", "--separator", separator], input: input)
            guard out.status == 0 else { return failures + ["\(name): exit status \(out.status)\n\(out.stderr)"] }
            let parts = out.stdout.components(separatedBy: separator + "\n")
            for (i, turn) in stretch.enumerated() {
                let answer = i < parts.count ? parts[i] : ""
                answers.append(GoldenTranscript.trimmed(answer))
                for text in turn.expected where !answer.contains(text) {
                    failures.append("\(name):\(turn.line) «\(turn.input)» should contain «\(text)» but answered:\n\(answer)")
                }
                for text in turn.forbidden where answer.contains(text) {
                    failures.append("\(name):\(turn.line) «\(turn.input)» must not contain «\(text)» but answered:\n\(answer)")
                }
            }
            index += stretch.count
        }
        guard let golden else { return failures }
        let transcript = GoldenTranscript(turns: zip(turns, answers).map { ($0.input, $1) })
        return failures + (try GoldenFile.check(transcript, against: golden, name: name, lines: turns.map(\.line)))
    }
}

/// The whole answers of one conversation, as kept in a `.golden` file: each turn is a line `>>> input`
/// followed by the answer exactly as printed.
public struct GoldenTranscript: Sendable, Equatable {
    public var turns: [(input: String, answer: String)]

    public init(turns: [(input: String, answer: String)]) { self.turns = turns }

    public init(parsing text: String) {
        var turns: [(input: String, answer: String)] = []
        var answer: [Substring] = []
        func flush() {
            guard !turns.isEmpty else { return }
            turns[turns.count - 1].answer = GoldenTranscript.trimmed(answer.joined(separator: "\n"))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(">>> ") {
                flush()
                turns.append((String(line.dropFirst(4)), ""))
                answer = []
            } else {
                answer.append(line)
            }
        }
        flush()
        self.turns = turns
    }

    public var text: String { turns.map { ">>> \($0.input)\n\($0.answer)\n" }.joined(separator: "\n") }

    /// Answers end without the blank lines a channel may add after them.
    static func trimmed(_ answer: String) -> String {
        var s = Substring(answer)
        while s.last == "\n" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }

    public static func == (a: GoldenTranscript, b: GoldenTranscript) -> Bool {
        a.turns.count == b.turns.count && zip(a.turns, b.turns).allSatisfy { $0.input == $1.input && $0.answer == $1.answer }
    }

    /// One message per turn whose input or answer differs from `recorded`.
    func differences(from recorded: GoldenTranscript, script: String, lines: [Int]) -> [String] {
        var out: [String] = []
        if recorded.turns.count != turns.count {
            out.append("\(script): \(turns.count) turns but the golden file has \(recorded.turns.count); re-record with COBRADOR_UPDATE_GOLDEN=1")
        }
        for (k, (now, then)) in zip(turns, recorded.turns).enumerated() where now.input != then.input || now.answer != then.answer {
            let line = k < lines.count ? lines[k] : 0
            if now.input != then.input {
                out.append("\(script):\(line) the golden file has «\(then.input)» here, the script «\(now.input)»")
            } else {
                out.append("\(script):\(line) «\(now.input)» answered:\n\(now.answer)\n--- but the golden answer is:\n\(then.answer)")
            }
        }
        return out
    }
}
