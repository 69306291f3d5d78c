import CobradorBot
import CobradorCore
import Foundation

/// A conversation with a bot in this process, recorded whole: each answer with its intent, whether it
/// changed data and its buttons, so a golden file pins everything a channel receives.
public struct BotTranscript {
    public let bot: Bot
    public var conversation: ConversationKey
    public var canWrite = true
    /// As a terminal declares it: the answers may carry bar charts.
    public var supportsCharts: Bool
    public private(set) var transcript = GoldenTranscript(turns: [])
    public private(set) var replies: [BotReply] = []

    public init(bot: Bot, conversation: ConversationKey = ConversationKey(channel: "test", user: "ana"), supportsCharts: Bool = false) {
        self.bot = bot
        self.conversation = conversation
        self.supportsCharts = supportsCharts
    }

    @discardableResult
    public mutating func say(_ text: String, language: Language? = nil) async -> BotReply {
        let reply = await bot.respond(
            to: IncomingMessage(
                text: text, conversation: conversation, canWrite: canWrite, language: language, supportsCharts: supportsCharts))
        replies.append(reply)
        transcript.turns.append((text, Self.describe(reply)))
        return reply
    }

    /// Records a text that did not come from `respond` (the digest).
    public mutating func record(_ label: String, _ text: String) {
        transcript.turns.append((label, text))
    }

    public static func describe(_ reply: BotReply) -> String {
        var meta = ["intent: \(reply.intent)", "lang: \(reply.language.rawValue)"]
        if reply.changedData { meta.append("changed") }
        for a in reply.actions { meta.append("[\(a.id)/\(a.style.rawValue)] \(a.label) → \(a.message)") }
        return reply.text + "\n" + "{" + meta.joined(separator: " · ") + "}"
    }

    /// Compares with `Tests/Golden/NAME.golden` (outside any target, so SwiftPM does not mind the files).
    public func check(_ name: String) throws -> [String] {
        let url = TestPaths.repoRoot.appendingPathComponent("Tests/Golden/\(name).golden")
        return try GoldenFile.check(transcript, against: url, name: name)
    }
}
