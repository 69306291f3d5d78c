import Foundation
import Hummingbird
import Logging

/// `POST /slack/interactions`: verifies Slack's signature over the raw body (401 otherwise), then
/// decodes the form's `payload` field as JSON (400 if it is missing or not an interaction).
struct SlackInteractionsMiddleware: SignedPayloadMiddleware {
    let verifier: SlackSignatureVerifier
    let now: @Sendable () -> Date

    private struct Form: Decodable {
        var payload: String
    }

    var notAPayload: String { "The body is not a Slack interaction payload." }

    func authenticate(_ request: Request, body: [UInt8], logger: Logger) throws {
        try verifier.requireValid(request, body: body, now: now(), logger: logger, endpoint: "interactions")
    }

    func payload(from body: [UInt8]) throws -> PlatformPayload {
        guard let text = String(bytes: body, encoding: .utf8) else { throw HTTPError(.badRequest) }
        let form = try URLEncodedFormDecoder().decode(Form.self, from: text)
        return .slackInteraction(try JSONDecoder().decode(SlackInteractionPayload.self, from: Data(form.payload.utf8)))
    }
}
