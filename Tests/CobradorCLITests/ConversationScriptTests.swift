import CobradorTestSupport
import Foundation
import Testing

/// Every `Tests/Conversations/*.conv` script, through the real binary over a pipe.
@Suite(.ownThread) struct ConversationScriptTests {
    static let scripts = ConversationScript.all(in: TestPaths.repoRoot.appendingPathComponent("Tests/Conversations"))

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 8)
    }

    @Test(arguments: scripts)
    func conversation(_ url: URL) throws {
        let script = try ConversationScript.load(url)
        #expect(!script.turns.isEmpty)
        for failure in try script.run() { Issue.record(Comment(rawValue: failure)) }
    }
}
