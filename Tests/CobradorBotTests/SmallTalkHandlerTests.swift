import CobradorBot
import CobradorContent
import CobradorCore
import CobradorNLU
import CobradorTestSupport
import Testing

@Suite struct FixedReplyHandlerTests {
    @Test(arguments: [("hola", "greet"), ("ayuda", "help"), ("gracias", "thanks"), ("¿cómo evito que no me paguen?", "prevention_tips")])
    func fixedRepliesInTheMessagesLanguage(text: String, intent: String) async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say(text)
        #expect(r.intent == intent)
        #expect(r.language == .es)
        #expect(!r.text.isEmpty && !r.text.contains(intent))
    }

    @Test func helpIsTheSameAnswerEveryTime() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let first = await chat.say("help")
        #expect(first.text.contains("who owes me"))
        #expect(await chat.say("help").text == first.text)
    }
}

@Suite struct NothingPendingHandlerTests {
    @Test func yesOrNoWithNothingToConfirm() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        for text in ["sí", "no"] {
            let r = await chat.say(text)
            #expect(r.text == "No tenía nada pendiente de confirmar. ¿Qué necesitas?")
            #expect(!r.changedData)
        }
    }
}

@Suite struct FallbackHandlerTests {
    @Test func outOfScopeGetsWhatCobradorCanDo() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        let r = await chat.say("¿qué tiempo hace en Madrid?")
        #expect(r.intent == "fallback")
        #expect(r.text.contains("ayuda") || r.text.contains("Ayuda"))
    }

    /// An understanding that always says the same intent, to reach intents the parser does not emit yet.
    struct Saying: UnderstandingFactory, MessageUnderstanding {
        let intent: IntentName
        func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding { self }
        func understand(_ text: String, today: CalendarDay, language: Language?) -> Understanding {
            Understanding(text: text, intent: intent, language: language ?? .es, confidence: 1)
        }
    }

    @Test(arguments: [IntentName.paymentBehaviour, .forecast, .sendReminder])
    func theNewestIntentsHaveTheirOwnHandlers(intent: IntentName) async throws {
        let (_, db) = try TestBot.make()
        let bot = Bot(store: db, understanding: Saying(intent: intent), replies: try ResponseLibrary.load(), dates: .fixed(TestBot.today))
        let r = await bot.respond(to: IncomingMessage(text: "x", conversation: ConversationKey(channel: "test", user: "u")))
        #expect(r.intent == intent.rawValue)
        #expect(!r.text.isEmpty)
    }
}
