import CobradorBot
import CobradorOutbound
import Foundation
import Hummingbird

/// `POST /slack/commands`: the verified slash command goes to the engine; the reply is
/// `ephemeral` unless its intent is digest-like (`in_channel`).
struct SlackCommandRoute: Sendable {
    let responder: ConversationResponder
    let timeout: Duration
    let inChannelIntents: Set<String>

    func handle(_ request: Request, context: ChatRequestContext) async throws -> SlackReply {
        let chat = try context.requireChatRequest()
        let inChannelIntents = self.inChannelIntents
        let reply = await responder.reply(to: chat, within: timeout, logger: context.logger) { reply in
            Self.slackReply(for: reply, inChannelIntents: inChannelIntents).body
        }
        guard let reply else {
            let later = responder.canPostLater && chat.responseURL != nil
            return SlackReply(responseType: .ephemeral, text: responder.workingOnIt(willPostLater: later))
        }
        return Self.slackReply(for: reply, inChannelIntents: inChannelIntents)
    }

    /// The reply in Block Kit (plain `text` alone when it is one paragraph without buttons).
    static func slackReply(for reply: BotReply, inChannelIntents: Set<String>) -> SlackReply {
        let layout = ReplyLayout(reply)
        return SlackReply(
            responseType: inChannelIntents.contains(reply.intent) ? .inChannel : .ephemeral,
            text: SlackBlockKit.fallbackText(layout),
            blocks: SlackBlockKit.blocks(layout)
        )
    }
}
