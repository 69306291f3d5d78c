import CobradorTestSupport
import Foundation
import Testing

/// Every `Tests/Conversations/*.conv` script, through the real binary over a pipe, each answer compared
/// whole with the script's `.golden` transcript (`COBRADOR_UPDATE_GOLDEN=1` re-records them).
@Suite(.ownThread) struct ConversationScriptTests {
    static let scripts = ConversationScript.all(in: TestPaths.repoRoot.appendingPathComponent("Tests/Conversations"))

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 8)
    }

    @Test(arguments: scripts)
    func conversation(_ url: URL) throws {
        let script = try ConversationScript.load(url)
        #expect(!script.turns.isEmpty)
        let golden = url.deletingPathExtension().appendingPathExtension("golden")
        for failure in try script.run(golden: golden) { Issue.record(Comment(rawValue: failure)) }
    }

    /// The same scripts and goldens with the binary on PostgreSQL (`--db postgres://…`), each on a new database.
    @Test(.enabled(if: TestPostgres.enabled, TestPostgres.skipNote), arguments: scripts)
    func conversationOnPostgres(_ url: URL) async throws {
        guard !ConversationScript.updatingGolden else { return }
        let script = try ConversationScript.load(url)
        let golden = url.deletingPathExtension().appendingPathExtension("golden")
        let failures = try await TestPostgres.withDatabase { location in try script.run(golden: golden, location: location) }
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }
}

@Suite struct GoldenTranscriptTests {
    @Test func aTranscriptReadsBackAsWritten() {
        let transcript = GoldenTranscript(turns: [("hola", "¡Hola!\n\nDos líneas."), ("> raro", ">>no es un turno")])
        #expect(GoldenTranscript(parsing: transcript.text) == transcript)
    }

    @Test func anyChangeInAWholeAnswerIsCaught() throws {
        guard !ConversationScript.updatingGolden else { return }
        let url = TestPaths.temporaryDirectory().appendingPathComponent("x.golden")
        try GoldenTranscript(turns: [("hola", "¡Hola!\nAdiós.")]).text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try GoldenFile.check(GoldenTranscript(turns: [("hola", "¡Hola!\nAdiós.")]), against: url, name: "x").isEmpty)
        let changed = try GoldenFile.check(GoldenTranscript(turns: [("hola", "¡Hola!\nAdiós")]), against: url, name: "x")
        #expect(changed.count == 1)
        #expect(try GoldenFile.check(GoldenTranscript(turns: [("hola", "¡Hola!\nAdiós."), ("y", "z")]), against: url, name: "x").count == 1)
    }
}
