import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// Conversations live in the database: a confirmation asked through one `serve` process is answered
/// after a restart, or by another `serve` process on the same file.
@Suite(.serialized, .ownThread) struct BinaryConversationTests {
    static let secrets = ["COBRADOR_WEBHOOK_TOKEN": "tok-123", "COBRADOR_WRITERS": "ana"]

    static func stop(_ process: Process) async throws {
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
    }

    static func text(_ result: BinaryServeTests.HTTPResult) -> String { result.json["text"] as? String ?? "" }

    static func isSettled(_ number: String, in db: URL) throws -> Bool {
        let store = try AppDatabase.open(path: db.path)
        return try !store.openItems().contains { $0.invoiceNumber == number }
    }

    @Test func aConfirmationAskedBeforeARestartIsAnsweredAfterIt() async throws {
        let db = try CLIRunner.withFixture().database
        let (first, base) = try await BinaryServeTests.launch(db: db, secrets: Self.secrets)
        let asked = try await BinaryServeTests.webhook(base, "Initech pagó 5.000 €", user: "ana")
        #expect(Self.text(asked).contains("¿Lo confirmo?"))
        try await Self.stop(first)
        #expect(!first.isRunning)
        #expect(try !Self.isSettled("T-2026-210", in: db))

        let (second, again) = try await BinaryServeTests.launch(db: db, secrets: Self.secrets)
        defer { second.terminate() }
        let yes = try await BinaryServeTests.webhook(again, "sí", user: "ana")
        #expect(yes.json["intent"] as? String == "record_payment", "\(Self.text(yes))")
        #expect(Self.text(yes).contains("Anotado") || Self.text(yes).contains("Hecho"))
        #expect(try Self.isSettled("T-2026-210", in: db))
        // And undo, from the same restored conversation.
        let undo = try await BinaryServeTests.webhook(again, "deshaz", user: "ana")
        #expect(Self.text(undo).contains("Deshecho"))
        #expect(try !Self.isSettled("T-2026-210", in: db))
        try await Self.stop(second)
    }

    @Test func aConfirmationAskedThroughOneProcessIsAnsweredByAnother() async throws {
        let db = try CLIRunner.withFixture().database
        let (one, a) = try await BinaryServeTests.launch(db: db, secrets: Self.secrets)
        defer { one.terminate() }
        let (two, b) = try await BinaryServeTests.launch(db: db, secrets: Self.secrets)
        defer { two.terminate() }
        // Both processes answered this question and cached it before the payment.
        #expect(Self.text(try await BinaryServeTests.webhook(a, "estado de Initech", user: "luis")).contains("800,00 €"))
        #expect(Self.text(try await BinaryServeTests.webhook(b, "estado de Initech", user: "luis")).contains("800,00 €"))

        let asked = try await BinaryServeTests.webhook(a, "Initech pagó 5.000 €", user: "ana")
        #expect(Self.text(asked).contains("¿Lo confirmo?"))
        let yes = try await BinaryServeTests.webhook(b, "sí", user: "ana")
        #expect(yes.json["intent"] as? String == "record_payment", "\(Self.text(yes))")
        #expect(try Self.isSettled("T-2026-210", in: db))
        // The other process's cached answer does not outlive the change (it looks again within 20 ms).
        try await Task.sleep(for: .milliseconds(60))
        let status = Self.text(try await BinaryServeTests.webhook(a, "estado de Initech", user: "luis"))
        #expect(status.contains("no te debe nada"), "\(status)")
        // Another user's conversation is their own: Luis saying "sí" confirms nothing.
        #expect(Self.text(try await BinaryServeTests.webhook(a, "sí", user: "luis")).contains("No tenía nada pendiente"))
        try await Self.stop(one)
        try await Self.stop(two)
    }
}
