import CobradorBot
import CobradorOutbound
import Foundation
import Hummingbird

/// `POST /mattermost`: outgoing webhook or slash command; the reply is `{"text"}` in Markdown (plus
/// `response_type` for a slash command, plus buttons when `COBRADOR_PUBLIC_URL` is set).
struct MattermostRoute: Sendable {
    let responder: ConversationResponder
    let timeout: Duration
    let inChannelIntents: Set<String>
    let buttons: MattermostButtons?

    func handle(_ request: Request, context: ChatRequestContext) async throws -> MattermostReply {
        let chat = try context.requireChatRequest()
        let inChannelIntents = self.inChannelIntents
        let isSlashCommand = chat.isSlashCommand
        let buttons = self.buttons
        let reply = await responder.reply(to: chat, within: timeout, logger: context.logger) { reply in
            Data(
                Self.mattermostReply(
                    for: reply, slashCommand: isSlashCommand, inChannelIntents: inChannelIntents, buttons: buttons,
                    conversation: chat.conversation
                ).body)
        }
        guard let reply else {
            let later = responder.canPostLater && chat.responseURL != nil
            return MattermostReply(
                text: responder.workingOnIt(willPostLater: later),
                responseType: isSlashCommand ? "ephemeral" : nil
            )
        }
        return Self.mattermostReply(
            for: reply, slashCommand: isSlashCommand, inChannelIntents: inChannelIntents, buttons: buttons,
            conversation: chat.conversation)
    }

    static func mattermostReply(
        for reply: BotReply, slashCommand: Bool, inChannelIntents: Set<String>, buttons: MattermostButtons? = nil,
        conversation: ConversationKey? = nil
    ) -> MattermostReply {
        let type: String? = slashCommand ? (inChannelIntents.contains(reply.intent) ? "in_channel" : "ephemeral") : nil
        let attachments = conversation.flatMap { buttons?.attachments(for: reply, conversation: $0) }
        return MattermostReply(text: text(of: reply), responseType: type, attachments: attachments)
    }

    /// The reply's Markdown (the escaped text alone when it is one plain paragraph).
    static func text(of reply: BotReply) -> String {
        let layout = ReplyLayout(text: reply.text)
        return layout.isPlain ? ChatEscaper.escape(reply.text, for: .mattermost) : MarkdownText.render(layout, format: .mattermost)
    }
}
