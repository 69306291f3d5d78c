import CobradorBot
import CobradorCore
import CobradorTestSupport
import Testing

/// Whole answers that only an in-process bot shows: the terminal's chart, the digest, read-only users.
@Suite struct BotGoldenTests {
    @Test func terminalAnswersCarryTheAgeingChart() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot, conversation: ConversationKey(channel: "terminal", user: "ana"), supportsCharts: true)
        await chat.say("¿quién me debe?")
        await chat.say("who owes me?")
        for failure in try chat.check("terminal-chart") { Issue.record(Comment(rawValue: failure)) }
    }

    @Test func theDigestIsTheAgendaThenWhoOwes() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot)
        chat.record("digest es", await bot.digest(language: .es))
        chat.record("digest en", await bot.digest(language: .en))
        for failure in try chat.check("digest") { Issue.record(Comment(rawValue: failure)) }
    }

    @Test func readOnlyUsersAreRefusedPolitely() async throws {
        let (bot, _) = try TestBot.make()
        var chat = BotTranscript(bot: bot, conversation: ConversationKey(channel: "slack", team: "T1", room: "general", user: "luis"))
        chat.canWrite = false
        for text in [
            "Acme pagó 450 €", "llamé a Globex", "Hooli promete pagar el viernes", "nueva factura para Initech de 10 €",
            "el email de Acme es a@b.test", "pausa Initech", "deshaz", "Globex paid $10", "estado de Acme",
        ] {
            await chat.say(text)
        }
        for failure in try chat.check("read-only") { Issue.record(Comment(rawValue: failure)) }
    }
}
