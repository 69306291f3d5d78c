import Foundation
import Hummingbird
import Logging

/// `POST /mattermost/actions`: Mattermost signs nothing here, so the button's own context must carry
/// cobrador's signature, be unexpired and come back from the channel it was posted in (401 otherwise,
/// and nothing runs). 400 when the body is not a Mattermost action request.
struct MattermostActionsMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let signer: MattermostActionSigner
    let now: @Sendable () -> Date

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let action: MattermostActionRequest
        do {
            action = try JSONDecoder().decode(MattermostActionRequest.self, from: Data(context.rawBodyBytes))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Mattermost action request.")
        }
        guard let signed = action.context else {
            context.logger.notice("Mattermost button refused", metadata: ["reason": "no context"])
            throw HTTPError(.unauthorized, message: "Invalid button.")
        }
        let outcome = signer.verify(signed, channelID: action.channel_id ?? "", now: now())
        guard outcome == .valid, !(action.user_id ?? "").isEmpty else {
            context.logger.notice("Mattermost button refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid button.")
        }
        var context = context
        context.platformPayload = .mattermostAction(action, signed)
        return try await next(request, context)
    }
}
