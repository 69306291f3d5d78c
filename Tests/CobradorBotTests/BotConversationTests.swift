import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Testing

@Suite struct BotConversationTests {
    func say(_ bot: Bot, _ text: String, user: String = "ana", room: String = "general", canWrite: Bool = true) async -> BotReply {
        await bot.respond(
            to: IncomingMessage(
                text: text, conversation: ConversationKey(channel: "slack", team: "T1", room: room, user: user), canWrite: canWrite))
    }

    @Test func readOnlyUsersGetAnswersButCannotChangeData() async throws {
        let (bot, db) = try TestBot.make()
        let question = await say(bot, "¿cuánto me debe Acme?", canWrite: false)
        #expect(question.text.contains("1.650,00 €"))
        let write = await say(bot, "Acme pagó 450 € de la T-2026-188", canWrite: false)
        #expect(write.text.contains("solo puedo consultar"))
        #expect(!write.changedData)
        #expect(
            try db.invoice(number: "T-2026-188").map { inv in
                try db.clientFile(id: inv.clientID)?.payments.isEmpty ?? false
            } == true)
    }

    @Test func stateIsKeptPerUserAndRoom() async throws {
        let (bot, _) = try TestBot.make()
        let asked = await say(bot, "recordar", user: "ana")
        #expect(asked.text.contains("cliente"))
        // Another user in the same room answering "Hooli" does not complete Ana's question.
        let other = await say(bot, "Hooli", user: "luis")
        #expect(!other.text.contains("Borrador"))
        let same = await say(bot, "Hooli", user: "ana")
        #expect(same.text.contains("Borrador para Hooli"))
        // And Ana in another room starts fresh.
        _ = await say(bot, "recordar", user: "ana", room: "general")
        let elsewhere = await say(bot, "Globex", user: "ana", room: "cobros")
        #expect(!elsewhere.text.contains("Borrador"))
    }

    @Test func everyChangeIsAuditedWithTheChatUser() async throws {
        let (bot, db) = try TestBot.make()
        let reply = await say(bot, "Pied Piper pagó 500 euros", user: "U123")
        #expect(reply.changedData)
        let entry = try #require(try db.auditTrail(limit: 1).first)
        #expect(entry.user == "U123")
        #expect(entry.channel == "slack/T1/general")
        #expect(entry.action == "record_payment")
    }

    @Test func overpaymentAsksFirstAndDenyChangesNothing() async throws {
        let (bot, db) = try TestBot.make()
        let ask = await say(bot, "Initech pagó 5.000 €")
        #expect(ask.text.contains("¿Lo confirmo?"))
        #expect(!ask.changedData)
        let no = await say(bot, "no")
        #expect(!no.changedData && !no.acceptedConfirmation)
        #expect(try db.openItems().contains { $0.invoiceNumber == "T-2026-210" })
        _ = await say(bot, "Initech pagó 5.000 €")
        let yes = await say(bot, "sí")
        #expect(yes.changedData && yes.acceptedConfirmation)
        #expect(try !db.openItems().contains { $0.invoiceNumber == "T-2026-210" })
    }

    @Test func answersInTheLanguageOfEachMessage() async throws {
        let (bot, _) = try TestBot.make()
        #expect(await say(bot, "who owes me?").language == .en)
        #expect(await say(bot, "¿quién me debe?").language == .es)
        let forced = await bot.respond(
            to: IncomingMessage(
                text: "who owes me?", conversation: ConversationKey(channel: "cli", user: "x"), language: .es))
        #expect(forced.text.contains("Te deben"))
    }

    @Test(arguments: [
        "", "   ", String(repeating: "ä", count: 100_000), "\u{0}\u{1}\u{7F}", "🙂🙂🙂", "مرحبا من يدين لي", "\"'«", "DROP TABLE invoice;",
    ])
    func oddInputGetsAPoliteAnswer(text: String) async throws {
        let (bot, db) = try TestBot.make()
        let reply = await say(bot, text)
        #expect(!reply.text.isEmpty)
        #expect(!reply.changedData)
        #expect(try db.openItems().count == 9)
    }
}
