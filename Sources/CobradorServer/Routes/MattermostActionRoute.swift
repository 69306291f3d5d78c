import CobradorBot
import CobradorCore
import Foundation
import Hummingbird

/// `POST /mattermost/actions`: a cobrador button pressed on Mattermost. Its signed words run as the
/// presser's next turn, and the post is replaced by the reply (with the reply's own buttons). A
/// button pressed by someone other than whom it was made for only gets an ephemeral note.
struct MattermostActionRoute: Sendable {
    let responder: ConversationResponder
    let buttons: MattermostButtons
    /// Mattermost waits 30 seconds by default for an integration's answer.
    let timeout: Duration

    func handle(_ request: Request, context: ChatRequestContext) async throws -> Response {
        guard case .mattermostAction(let action, let signed) = try context.requirePlatformPayload() else {
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
        let userID = action.user_id ?? ""
        let userName = (action.user_name ?? "").isEmpty ? userID : action.user_name!
        guard signed.user == userID || signed.user.lowercased() == userName.lowercased() else {
            return JSONBody.response(MattermostActionResponse(ephemeralText: Self.notYours(signed.lang)))
        }
        let chat = VerifiedChatRequest(
            platform: .mattermost,
            conversation: ConversationKey(
                channel: ChatPlatform.mattermost.rawValue, team: signed.team, room: signed.channel, user: signed.user),
            userID: userID,
            userName: userName,
            text: signed.message
        )
        let turn = await responder.enqueue(chat, logger: context.logger)
        guard let reply = await Deadline.value(of: turn, within: timeout) else {
            return JSONBody.response(MattermostActionResponse(ephemeralText: responder.workingOnIt(willPostLater: false)))
        }
        let update = MattermostActionResponse.Update(
            message: MattermostRoute.text(of: reply),
            props: .init(attachments: buttons.attachments(for: reply, conversation: chat.conversation)))
        return JSONBody.response(MattermostActionResponse(update: update))
    }

    static func notYours(_ language: String) -> String {
        language == "en"
            ? "This button belongs to whoever asked; write to me yourself and I'll answer you."
            : "Este botón es de quien preguntó; escríbeme tú y te respondo."
    }
}
