import CobradorBot
import CobradorCore
import CobradorTestSupport
import Testing

@testable import CobradorServer

/// The server's "working on it" notice comes from the engine's templates (`server.working.*`), in the
/// forced language or in both.
@Suite struct WorkingOnItTests {
    static func responder(_ engine: any ChatEngine, language: Language?) -> ConversationResponder {
        ConversationResponder(
            engine: engine, writers: WriterAllowList(entries: [String]()), language: language,
            deduplicator: ReplyDeduplicator(window: .seconds(60)), delayedReplies: nil)
    }

    @Test func inTheForcedLanguageOrInBoth() throws {
        let (bot, _) = try TestBot.make()
        #expect(Self.responder(bot, language: .es).workingOnIt(willPostLater: true) == "Un momento, sigo con ello; te respondo en cuanto lo tenga.")
        #expect(Self.responder(bot, language: .en).workingOnIt(willPostLater: false) == "One moment, working on it. Ask again in a few seconds.")
        #expect(Self.responder(bot, language: nil).workingOnIt(willPostLater: true) == "Un momento, sigo con ello… / One moment, working on it…")
        #expect(
            Self.responder(bot, language: nil).workingOnIt(willPostLater: false)
                == "Un momento, vuelve a preguntar en unos segundos. / One moment, ask again in a few seconds.")
    }

    /// An engine that has no templates of its own.
    struct Silent: ChatEngine {
        func respond(to message: IncomingMessage) async -> BotReply { BotReply(text: "", intent: "none", language: .es) }
    }

    @Test func anEngineWithoutTemplatesStillAnswers() {
        #expect(Self.responder(Silent(), language: .es).workingOnIt(willPostLater: true) == "…")
        #expect(
            Self.responder(ScriptedChatEngine(), language: .en).workingOnIt(willPostLater: true)
                == "One moment, working on it; the answer will follow.")
    }
}
