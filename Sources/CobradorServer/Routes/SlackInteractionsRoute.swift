import CobradorBot
import CobradorCore
import Foundation
import Hummingbird
import Logging

/// `POST /slack/interactions`: a cobrador button pressed (`block_actions`) is acknowledged at once;
/// its words then run as the presser's next turn (with the presser's own write permission), and the
/// message with the buttons is replaced by the reply through the payload's `response_url`.
struct SlackInteractionsRoute: Sendable {
    let responder: ConversationResponder
    let api: SlackWebAPI
    let seen: SeenDeliveries

    func handle(_ request: Request, context: ChatRequestContext) async throws -> Response {
        guard case .slackInteraction(let payload) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        guard payload.type == "block_actions", let button = payload.pressedButton, let words = button.value,
            let user = payload.user?.id, !user.isEmpty
        else { return Response(status: .ok) }
        guard let responseURL = payload.response_url.flatMap(URL.init(string:)), api.isTrustedResponseURL(responseURL) else {
            context.logger.notice("Slack button ignored", metadata: ["reason": "response_url"])
            return Response(status: .ok)
        }
        let delivery = "slack-action:" + (payload.trigger_id ?? "\(user)/\(button.action_ts ?? "")/\(button.action_id ?? "")")
        guard await seen.isFirst(delivery) else { return Response(status: .ok) }
        let team = [payload.enterprise?.id, payload.team?.id ?? payload.user?.team_id].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: ":")
        let room = payload.channel?.id ?? payload.container?.channel_id ?? ""
        let name = [payload.user?.username, payload.user?.name].compactMap { $0 }.first { !$0.isEmpty } ?? user
        let chat = VerifiedChatRequest(
            platform: .slack,
            conversation: ConversationKey(channel: ChatPlatform.slack.rawValue, team: team, room: room, user: user),
            userID: user,
            userName: name,
            text: words.trimmingBlanks(andNewlines: true)
        )
        let turn = await responder.enqueue(chat, logger: context.logger)
        let api = self.api
        let logger = context.logger
        Task {
            let layout = ReplyLayout(await turn.value)
            let message = SlackMessage(
                replaceOriginal: true, text: SlackBlockKit.fallbackText(layout), blocks: SlackBlockKit.blocks(layout, always: true))
            await api.respond(message, to: responseURL, logger: logger)
        }
        return Response(status: .ok)
    }
}
