import CobradorBot
import CobradorOutbound
import Foundation
import Hummingbird

/// `POST /mattermost`: outgoing webhook or slash command; the reply is `{"text"}` (plus
/// `response_type` for a slash command).
struct MattermostRoute: Sendable {
    let responder: ConversationResponder
    let timeout: Duration
    let inChannelIntents: Set<String>

    func handle(_ request: Request, context: ChatRequestContext) async throws -> MattermostReply {
        let chat = try context.requireChatRequest()
        let inChannelIntents = self.inChannelIntents
        let isSlashCommand = chat.isSlashCommand
        let reply = await responder.reply(to: chat, within: timeout, logger: context.logger) { reply in
            Data(FlatJSONObject.data(
                Self.mattermostReply(for: reply, slashCommand: isSlashCommand, inChannelIntents: inChannelIntents).json))
        }
        guard let reply else {
            let later = responder.canPostLater && chat.responseURL != nil
            return MattermostReply(
                text: responder.workingOnIt(willPostLater: later),
                responseType: isSlashCommand ? "ephemeral" : nil
            )
        }
        return Self.mattermostReply(for: reply, slashCommand: isSlashCommand, inChannelIntents: inChannelIntents)
    }

    static func mattermostReply(for reply: BotReply, slashCommand: Bool, inChannelIntents: Set<String>) -> MattermostReply {
        let type: String? = slashCommand ? (inChannelIntents.contains(reply.intent) ? "in_channel" : "ephemeral") : nil
        return MattermostReply(text: ChatEscaper.escape(reply.text, for: .mattermost), responseType: type)
    }
}
