import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /discord/interactions`: verifies the Ed25519 signature over timestamp + raw body (401
/// otherwise, as Discord's own checks of the endpoint expect), then decodes the interaction (400).
struct DiscordSignatureMiddleware: SignedPayloadMiddleware {
    let verifier: DiscordSignatureVerifier
    let now: @Sendable () -> Date

    static let signatureHeader = HTTPField.Name("X-Signature-Ed25519")!
    static let timestampHeader = HTTPField.Name("X-Signature-Timestamp")!

    var notAPayload: String { "The body is not a Discord interaction." }

    func authenticate(_ request: Request, body: [UInt8], logger: Logger) throws {
        let outcome = verifier.verify(
            signature: request.headers[Self.signatureHeader], timestamp: request.headers[Self.timestampHeader], body: body,
            now: now())
        guard outcome == .valid else {
            logger.notice("Discord request refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid request signature.")
        }
    }

    func payload(from body: [UInt8]) throws -> PlatformPayload {
        .discord(try JSONDecoder().decode(DiscordInteraction.self, from: Data(body)))
    }
}
