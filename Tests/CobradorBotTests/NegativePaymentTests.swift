import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

/// "pagó -50 €" is refused with the reason, not recorded as 50 €.
@Suite struct NegativePaymentTests {
    @Test func aNegativePaymentIsRefusedAndChangesNothing() async throws {
        let (bot, db) = try TestBot.make()
        let before = try db.auditTrail(limit: 100).count
        var chat = BotTranscript(bot: bot)
        let reply = await chat.say("Acme pagó -50 € de la T-2026-188")
        #expect(reply.text.contains("mayor que cero"), "\(reply.text)")
        #expect(!reply.changedData)
        #expect(try db.auditTrail(limit: 100).count == before)
    }
}
