import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// Conversations are kept in the database, keyed per (channel, team, room, user), with an expiry.
@Suite struct ConversationPersistenceTests {
    static let ana = ConversationKey(channel: "slack", team: "T1", room: "general", user: "ana")

    /// A clock the test moves.
    final class TestClock: @unchecked Sendable {
        // Read and moved under the lock.
        private let lock = NSLock()
        private var now = Date(timeIntervalSince1970: 1_800_000_000)
        var read: @Sendable () -> Date { { self.lock.withLock { self.now } } }
        func advance(hours: Double) { lock.withLock { now += hours * 3600 } }
    }

    @Test func aConfirmationAskedThroughOneBotIsAnsweredByAnotherOnTheSameFile() async throws {
        let path = try TestBot.file()
        let one = try AppDatabase.open(path: path)
        let two = try AppDatabase.open(path: path)
        var first = BotTranscript(bot: try TestBot.bot(on: one), conversation: Self.ana)
        var second = BotTranscript(bot: try TestBot.bot(on: two), conversation: Self.ana)
        #expect(await first.say("Initech pagó 5.000 €").text.contains("¿Lo confirmo?"))
        let yes = await second.say("sí")
        #expect(yes.changedData, "\(yes.text)")
        #expect(try !one.openItems().contains { $0.invoiceNumber == "T-2026-210" })
        // The first bot sees the conversation moved on: nothing is pending any more.
        #expect(await first.say("sí").text.contains("No tenía nada pendiente"))
        // And the undo stack travelled too.
        #expect(await first.say("deshaz").changedData)
    }

    @Test func aQuestionAskedBeforeARestartIsAnsweredAfterIt() async throws {
        let path = try TestBot.file()
        var before = BotTranscript(bot: try TestBot.bot(on: try AppDatabase.open(path: path)), conversation: Self.ana)
        #expect(await before.say("recordar").text.contains("cliente"))
        var after = BotTranscript(bot: try TestBot.bot(on: try AppDatabase.open(path: path)), conversation: Self.ana)
        #expect(await after.say("Hooli").text.hasPrefix("Borrador para Hooli"))
        // "enviado" right after that draft, in yet another process.
        var third = BotTranscript(bot: try TestBot.bot(on: try AppDatabase.open(path: path)), conversation: Self.ana)
        #expect(await third.say("enviado").intent == "log_contact")
    }

    @Test func conversationsExpireAndArePurged() async throws {
        let clock = TestClock()
        let (_, db) = try TestBot.make()
        var chat = BotTranscript(bot: try TestBot.bot(on: db, lifetime: .seconds(3600), clock: clock.read), conversation: Self.ana)
        #expect(await chat.say("Initech pagó 5.000 €").text.contains("¿Lo confirmo?"))
        clock.advance(hours: 2)
        #expect(await chat.say("sí").text.contains("No tenía nada pendiente"))
        #expect(try db.openItems().contains { $0.invoiceNumber == "T-2026-210" })
        // Another conversation a day later purges what expired.
        _ = await chat.say("recordar")
        clock.advance(hours: 30)
        var other = BotTranscript(bot: try TestBot.bot(on: db, lifetime: .seconds(3600), clock: clock.read))
        _ = await other.say("hola")
        #expect(try db.purgeExpiredConversations(now: clock.read()) == 0)
        #expect(try db.loadConversation(key: "slack|T1|general|ana", now: clock.read().addingTimeInterval(-40 * 3600)) == nil)
    }

    @Test func eachUserAndRoomHasItsOwnConversation() async throws {
        let (bot, _) = try TestBot.make()
        var ana = BotTranscript(bot: bot, conversation: Self.ana)
        var luis = BotTranscript(bot: bot, conversation: ConversationKey(channel: "slack", team: "T1", room: "general", user: "luis"))
        var anaElsewhere = BotTranscript(bot: bot, conversation: ConversationKey(channel: "slack", team: "T1", room: "cobros", user: "ana"))
        _ = await ana.say("Initech pagó 5.000 €")
        #expect(await luis.say("sí").text.contains("No tenía nada pendiente"))
        #expect(await anaElsewhere.say("sí").text.contains("No tenía nada pendiente"))
        #expect(await ana.say("sí").changedData)
    }

    @Test func savingAConversationKeepsTheCachedAnswersButALedgerChangeDropsThem() async throws {
        let path = try TestBot.file()
        let db = try AppDatabase.open(path: path)
        let before = try db.changeToken()
        try db.saveConversation(Data("{}".utf8), key: "k", expiresAt: Date().addingTimeInterval(60))
        #expect(try db.changeToken() == before)
        _ = try db.apply(.addAlias(clientID: try #require(try db.clients().first).id, alias: "Otro"), by: .cli)
        let afterOwn = try db.changeToken()
        #expect(afterOwn != before)
        let other = try AppDatabase.open(path: path)
        try other.saveConversation(Data("{}".utf8), key: "j", expiresAt: Date().addingTimeInterval(60))
        #expect(try db.changeToken() != afterOwn, "another connection's commit is seen")
    }
}
