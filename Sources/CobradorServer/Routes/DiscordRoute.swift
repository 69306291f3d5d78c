import CobradorBot
import CobradorCore
import Foundation
import Hummingbird
import Logging

/// `POST /discord/interactions`: `PING` gets `PONG`; the `/cobrador` command (its `text` option) and a
/// cobrador button run as the user's turn. An answer within the timeout goes in the response (a new
/// message for the command, only its user sees it unless the intent is digest-like; the button's
/// message updated for a press); a slower one is deferred (5 or 6) and then written over the
/// original response through the interaction's webhook. Longer answers continue in follow-ups.
struct DiscordRoute: Sendable {
    let responder: ConversationResponder
    let api: DiscordWebhookAPI
    let renderer: DiscordReplyRenderer
    let timeout: Duration
    let applicationID: String?
    let inChannelIntents: Set<String>

    func handle(_ request: Request, context: ChatRequestContext) async throws -> Response {
        guard case .discord(let interaction) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        switch interaction.type {
        case DiscordInteraction.ping:
            return JSONBody.response(DiscordInteractionResponse(type: DiscordInteractionResponse.pong))
        case DiscordInteraction.applicationCommand, DiscordInteraction.messageComponent:
            return try await turn(interaction, logger: context.logger)
        default:
            throw HTTPError(.badRequest, message: "Unsupported interaction type.")
        }
    }

    private func turn(_ interaction: DiscordInteraction, logger: Logger) async throws -> Response {
        guard let user = interaction.actor, user.bot != true else {
            throw HTTPError(.badRequest, message: "The interaction has no user.")
        }
        let isButton = interaction.type == DiscordInteraction.messageComponent
        let spanish = (interaction.locale ?? "es").lowercased().hasPrefix("es")
        let words: String
        if isButton {
            guard let id = interaction.data?.custom_id, let said = await renderer.buttons.message(for: id) else {
                let notice = spanish ? "Este botón ha caducado: escríbelo con /cobrador." : "This button has expired: type it with /cobrador."
                return JSONBody.response(
                    DiscordInteractionResponse(
                        type: DiscordInteractionResponse.channelMessage,
                        data: DiscordMessage(content: notice, flags: DiscordMessage.ephemeral)))
            }
            words = said
        } else {
            guard interaction.data?.name == "cobrador" else { throw HTTPError(.badRequest, message: "Unknown command.") }
            let text = interaction.data?.options?.first { $0.name == "text" }?.value ?? ""
            words = text.trimmingBlanks(andNewlines: true).isEmpty ? (spanish ? "ayuda" : "help") : text
        }
        let chat = VerifiedChatRequest(
            platform: .discord,
            conversation: ConversationKey(
                channel: ChatPlatform.discord.rawValue, team: interaction.guild_id ?? "", room: interaction.channel_id ?? "",
                user: user.id),
            userID: user.id,
            userName: user.username ?? user.id,
            text: words.trimmingBlanks(andNewlines: true)
        )
        let task = await responder.enqueue(chat, logger: logger)
        let application = applicationID ?? interaction.application_id
        let reply = await Deadline.value(of: task, within: timeout)
        if let reply {
            let flags = isButton || inChannelIntents.contains(reply.intent) ? nil : DiscordMessage.ephemeral
            let messages = await renderer.messages(for: reply, flags: flags)
            // Follow-ups may only come after the response: a long answer is deferred like a slow one.
            if messages.count == 1 || application == nil || interaction.token == nil {
                let type = isButton ? DiscordInteractionResponse.updateMessage : DiscordInteractionResponse.channelMessage
                return JSONBody.response(DiscordInteractionResponse(type: type, data: messages.first))
            }
        }
        guard let application, let token = interaction.token else {
            let notice = responder.workingOnIt(willPostLater: false)
            return JSONBody.response(
                DiscordInteractionResponse(
                    type: DiscordInteractionResponse.channelMessage, data: DiscordMessage(content: notice, flags: DiscordMessage.ephemeral)))
        }
        let api = self.api
        let renderer = self.renderer
        Task {
            let reply = await task.value
            let messages = await renderer.messages(for: reply, flags: isButton ? nil : DiscordMessage.ephemeral)
            guard var edit = messages.first else { return }
            edit.flags = nil  // an edit keeps the flags the deferred response set
            guard await api.editOriginal(edit, application: application, token: token, logger: logger) else { return }
            for message in messages.dropFirst() {
                await api.followUp(message, application: application, token: token, logger: logger)
            }
        }
        // A command defers as "thinking…" seen only by its user; a button defers silently, then its message is edited.
        let deferred =
            isButton
            ? DiscordInteractionResponse(type: DiscordInteractionResponse.deferredUpdateMessage)
            : DiscordInteractionResponse(
                type: DiscordInteractionResponse.deferredChannelMessage,
                data: DiscordMessage(allowed_mentions: nil, flags: DiscordMessage.ephemeral))
        return JSONBody.response(deferred)
    }
}
