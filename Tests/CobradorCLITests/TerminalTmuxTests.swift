import CobradorTestSupport
import Foundation
import Testing

/// The interactive chat as a person uses it: a real terminal (tmux), keys typed, the screen read back.
let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite(.serialized, .ownThread, .enabled(if: tmuxPath != nil, "needs tmux (CI installs it)"))
struct TerminalTmuxTests {
    let session = "cobrador-test-\(UInt32.random(in: 0...UInt32.max))"

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        // Not Foundation's Process: the tmux server that `new-session` forks could keep its exit from
        // being noticed (see DirectSpawn).
        let outURL = TestPaths.temporaryDirectory().appendingPathComponent("out")
        _ = try DirectSpawn.run(tmuxPath!, args, stdoutPath: outURL.path)
        return (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session, "-S", "-200"]) }

    /// Waits (bounded) until the screen shows `text`.
    func waitFor(_ text: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }

    /// Waits (bounded) until the screen satisfies `condition`.
    func waitUntil(seconds: Double = 15, _ condition: (String) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(try screen()) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    @Test func typingEditingHistoryAndLeaving() throws {
        let cli = try CLIRunner.withFixture()
        let home = TestPaths.temporaryDirectory()
        // The tmux server hands down its own environment: the prefix clears the developer's COBRADOR_* and XDG_*.
        let command =
            CLIRunner.isolatingShellPrefix(home: home) + "NO_COLOR=1 \(TestPaths.binary.path) --db \(cli.database.path) "
            + "--today 2026-11-30 chat; echo EXITED-$?; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "140", "-y", "50", command])
        defer { _ = try? tmux(["kill-session", "-t", session]) }

        #expect(try waitFor("›").contains("cobrador"))
        try tmux(["send-keys", "-t", session, "quien me debe", "Enter"])
        #expect(try waitFor("Te deben 8 clientes").contains("1.650,00 €"))
        // The bar chart is drawn on a terminal.
        #expect(try screen().contains("█"))

        // Edit: type a typo, go back with ←, fix it, then Enter.
        try tmux(["send-keys", "-t", session, "estado de Holi", "Left", "Left", "o", "Enter"])
        #expect(try waitFor("HX-778").contains("Hooli"))

        // ↑ brings back the previous line.
        try tmux(["send-keys", "-t", session, "Up", "Enter"])
        #expect(try waitUntil { $0.components(separatedBy: "HX-778 —").count >= 3 })

        try tmux(["send-keys", "-t", session, "salir", "Enter"])
        #expect(try waitFor("EXITED-0").contains("EXITED-0"))
        let history = try String(contentsOf: home.appendingPathComponent(".local/share/cobrador/history"), encoding: .utf8)
        #expect(history.contains("estado de Hooli"))
    }
}
