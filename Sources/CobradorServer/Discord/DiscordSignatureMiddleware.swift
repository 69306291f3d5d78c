import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /discord/interactions`: verifies the Ed25519 signature over timestamp + raw body (401
/// otherwise, as Discord's own checks of the endpoint expect), then decodes the interaction (400).
struct DiscordSignatureMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let verifier: DiscordSignatureVerifier
    let now: @Sendable () -> Date

    static let signatureHeader = HTTPField.Name("X-Signature-Ed25519")!
    static let timestampHeader = HTTPField.Name("X-Signature-Timestamp")!

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        let outcome = verifier.verify(
            signature: request.headers[Self.signatureHeader], timestamp: request.headers[Self.timestampHeader], body: body,
            now: now())
        guard outcome == .valid else {
            context.logger.notice("Discord request refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid request signature.")
        }
        let interaction: DiscordInteraction
        do {
            interaction = try JSONDecoder().decode(DiscordInteraction.self, from: Data(body))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Discord interaction.")
        }
        var context = context
        context.platformPayload = .discord(interaction)
        return try await next(request, context)
    }
}
