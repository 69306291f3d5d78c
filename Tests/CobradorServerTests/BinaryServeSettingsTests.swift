import CobradorTestSupport
import Foundation
import Testing

/// The real binary serving with the settings file's `chat:` section and the environment over it.
@Suite(.serialized, .ownThread) struct BinaryServeSettingsTests {
    @Test func theChatSectionServesAndTheEnvironmentWins() async throws {
        let db = try CLIRunner.withFixture().database
        let config = TestPaths.temporaryDirectory().appendingPathComponent("config.yml")
        try """
        chat:
          webhook_token: file-token
          writers: [ana]
          reply_timeout_ms: 2000
        """.write(to: config, atomically: true, encoding: .utf8)
        // A blank variable does not switch the file's writers off; a set one replaces the file's token.
        let (process, base) = try await BinaryServeTests.launch(
            location: db.path, secrets: ["COBRADOR_WEBHOOK_TOKEN": "env-token", "COBRADOR_WRITERS": ""], config: config)
        defer { if process.isRunning { process.terminate() } }

        #expect(try await BinaryServeTests.webhook(base, "¿quién me debe?", user: "luis", token: "file-token").status == 401)
        let refused = try await BinaryServeTests.webhook(base, "Acme pagó 450 € de la T-2026-188", user: "luis", token: "env-token")
        #expect((refused.json["text"] as? String)?.contains("solo puedo consultar") == true)
        let applied = try await BinaryServeTests.webhook(base, "Acme pagó 450 € de la T-2026-188", user: "ana", token: "env-token")
        #expect((applied.json["text"] as? String)?.contains("queda saldada") == true)
    }
}
