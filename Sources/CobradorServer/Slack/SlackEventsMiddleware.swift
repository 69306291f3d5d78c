import Foundation
import Hummingbird
import Logging

/// `POST /slack/events`: verifies Slack's signature over the raw body (401 otherwise), then decodes
/// the Events API envelope (400 if it is not one).
struct SlackEventsMiddleware: SignedPayloadMiddleware {
    let verifier: SlackSignatureVerifier
    let now: @Sendable () -> Date

    var notAPayload: String { "The body is not a Slack Events API payload." }

    func authenticate(_ request: Request, body: [UInt8], logger: Logger) throws {
        try verifier.requireValid(request, body: body, now: now(), logger: logger, endpoint: "events")
    }

    func payload(from body: [UInt8]) throws -> PlatformPayload {
        .slackEvent(try JSONDecoder().decode(SlackEventEnvelope.self, from: Data(body)))
    }
}
