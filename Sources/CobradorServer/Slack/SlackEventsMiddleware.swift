import Foundation
import Hummingbird
import Logging

/// `POST /slack/events`: verifies Slack's signature over the raw body (401 otherwise), then decodes
/// the Events API envelope (400 if it is not one). Runs after `BodyLimitMiddleware`.
struct SlackEventsMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let verifier: SlackSignatureVerifier
    let now: @Sendable () -> Date

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        try verifier.requireValid(request, body: body, now: now(), logger: context.logger, endpoint: "events")
        let envelope: SlackEventEnvelope
        do {
            envelope = try JSONDecoder().decode(SlackEventEnvelope.self, from: Data(body))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Slack Events API payload.")
        }
        var context = context
        context.platformPayload = .slackEvent(envelope)
        return try await next(request, context)
    }
}
