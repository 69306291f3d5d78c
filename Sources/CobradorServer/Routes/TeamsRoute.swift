import CobradorBot
import CobradorCore
import CobradorOutbound
import Foundation
import Hummingbird

/// `POST /teams`: a Teams outgoing webhook (someone wrote `@cobrador …` in a channel). The answer
/// goes in the response body, within Teams' 5-second budget (else "ask again"). Teams has no
/// buttons that post back to an outgoing webhook, so the next steps are shown as the words to write.
/// A repeated activity id gets the earlier answer and changes nothing.
struct TeamsRoute: Sendable {
    let responder: ConversationResponder
    let timeout: Duration

    func handle(_ request: Request, context: ChatRequestContext) async throws -> TeamsReply {
        guard case .teams(let activity) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        let chat = try Self.chatRequest(activity)
        guard let reply = await responder.reply(to: chat, within: timeout, logger: context.logger, lateReply: { _ in nil }) else {
            return TeamsReply(text: responder.workingOnIt(willPostLater: false))
        }
        return TeamsReply(text: Self.text(of: reply))
    }

    /// 400 when the activity names no sender.
    static func chatRequest(_ activity: TeamsActivity) throws -> VerifiedChatRequest {
        let userID = [activity.from?.aadObjectId, activity.from?.id].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        guard !userID.isEmpty else { throw HTTPError(.badRequest, message: "The Teams activity has no sender.") }
        let data = activity.channelData
        let team = [data?.tenant?.id, activity.conversation?.tenantId].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        // The channel, not the thread (`…;messageid=…`): a new @mention in the channel continues the conversation.
        let thread = activity.conversation?.id ?? ""
        let room =
            [data?.teamsChannelId, data?.channel?.id].compactMap { $0 }.first { !$0.isEmpty }
            ?? String(thread.split(separator: ";").first ?? "")
        return VerifiedChatRequest(
            platform: .teams,
            conversation: ConversationKey(channel: ChatPlatform.teams.rawValue, team: team, room: room, user: userID),
            userID: userID,
            userName: (activity.from?.name ?? "").isEmpty ? userID : activity.from!.name!,
            text: TeamsMessageText.plain(activity.text ?? ""),
            deliveryID: activity.id.map { "teams:" + thread + "/" + $0 }
        )
    }

    /// Teams' Markdown: bold heading, fenced tables, a blank line for each line break (Teams joins
    /// single newlines), and the next steps as the words to write.
    static func text(of reply: BotReply) -> String {
        var text = MarkdownText.render(ReplyLayout(text: reply.text), format: .teams, lineBreak: "\n\n")
        if !reply.actions.isEmpty {
            let words = reply.actions.map { action in
                "`" + ChatEscaper.neutraliseMentions(action.message.replacingOccurrences(of: "`", with: "'")) + "`"
            }
            text += "\n\n→ " + words.joined(separator: " · ")
        }
        return text
    }
}
