import Foundation
import Hummingbird
import Logging

/// `POST /slack/interactions`: verifies Slack's signature over the raw body (401 otherwise), then
/// decodes the form's `payload` field as JSON (400 if it is missing or not an interaction).
struct SlackInteractionsMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let verifier: SlackSignatureVerifier
    let now: @Sendable () -> Date

    private struct Form: Decodable {
        var payload: String
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        try verifier.requireValid(request, body: body, now: now(), logger: context.logger, endpoint: "interactions")
        let payload: SlackInteractionPayload
        do {
            guard let text = String(bytes: body, encoding: .utf8) else { throw HTTPError(.badRequest) }
            let form = try URLEncodedFormDecoder().decode(Form.self, from: text)
            payload = try JSONDecoder().decode(SlackInteractionPayload.self, from: Data(form.payload.utf8))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Slack interaction payload.")
        }
        var context = context
        context.platformPayload = .slackInteraction(payload)
        return try await next(request, context)
    }
}
