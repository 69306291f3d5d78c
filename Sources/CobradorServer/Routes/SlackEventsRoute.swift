import CobradorBot
import CobradorCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /slack/events`: answers the `url_verification` challenge; an `app_mention` (answered in its
/// thread) or a direct message (`message.im`) is acknowledged at once with an empty 200, and the
/// reply follows through `chat.postMessage`. A retried or repeated `event_id` is acknowledged and
/// not answered again; messages from bots (this one included), edits and other subtypes are ignored.
struct SlackEventsRoute: Sendable {
    let responder: ConversationResponder
    let api: SlackWebAPI
    let seen: SeenDeliveries

    func handle(_ request: Request, context: ChatRequestContext) async throws -> Response {
        guard case .slackEvent(let envelope) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        if envelope.isURLVerification {
            guard let challenge = envelope.challenge, !challenge.isEmpty else {
                throw HTTPError(.badRequest, message: "The url_verification has no challenge.")
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: challenge)))
        }
        guard envelope.type == "event_callback", let event = envelope.event, let target = Self.target(of: envelope, event) else {
            return Response(status: .ok)
        }
        let delivery = "slack-event:" + (envelope.event_id ?? "\(target.chat.conversation.room)/\(event.ts ?? "")")
        guard await seen.isFirst(delivery) else {
            let retry = request.headers[Self.retryHeader] ?? "-"
            context.logger.info("Repeated Slack event acknowledged, not answered again", metadata: ["retry": "\(retry)"])
            return Response(status: .ok)
        }
        let turn = await responder.enqueue(target.chat, logger: context.logger)
        let api = self.api
        let logger = context.logger
        Task {
            let layout = ReplyLayout(await turn.value)
            let message = SlackMessage(
                channel: target.channel, threadTS: target.threadTS, text: SlackBlockKit.fallbackText(layout),
                blocks: SlackBlockKit.blocks(layout), unfurlLinks: false, unfurlMedia: false)
            await api.postMessage(message, logger: logger)
        }
        return Response(status: .ok)
    }

    static let retryHeader = HTTPField.Name("X-Slack-Retry-Num")!

    struct Target {
        var chat: VerifiedChatRequest
        var channel: String
        var threadTS: String?
    }

    /// Who asked what, and where the answer goes; nil for an event cobrador does not answer.
    static func target(of envelope: SlackEventEnvelope, _ event: SlackEventEnvelope.Event) -> Target? {
        guard event.subtype == nil, event.bot_id == nil, let user = event.user, !user.isEmpty,
            user != envelope.botUserID, let channel = event.channel, !channel.isEmpty
        else { return nil }
        let threadTS: String?
        switch (event.type, event.channel_type) {
        case ("app_mention", _): threadTS = event.thread_ts ?? event.ts
        case ("message", "im"): threadTS = event.thread_ts
        default: return nil
        }
        let team = [envelope.enterprise_id, envelope.team_id].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ":")
        let chat = VerifiedChatRequest(
            platform: .slack,
            conversation: ConversationKey(channel: ChatPlatform.slack.rawValue, team: team, room: channel, user: user),
            userID: user,
            userName: user,
            text: SlackMessageText.plain(event.text ?? "", botUserID: envelope.botUserID)
        )
        return Target(chat: chat, channel: channel, threadTS: threadTS)
    }
}
