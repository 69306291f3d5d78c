import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Verifies Slack's signature over the raw body (401 otherwise), then decodes the slash command
/// into the context's `chatRequest` (Slack's `ssl_check` gets a bare 200). Runs after `BodyLimitMiddleware`.
struct SlackSignatureMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let verifier: SlackSignatureVerifier
    let now: @Sendable () -> Date

    static let signatureHeader = HTTPField.Name("X-Slack-Signature")!
    static let timestampHeader = HTTPField.Name("X-Slack-Request-Timestamp")!

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        let timestamp = request.headers[Self.timestampHeader]
        let outcome = verifier.verify(
            signature: request.headers[Self.signatureHeader],
            timestamp: timestamp,
            body: body,
            now: now()
        )
        guard outcome == .valid, let timestamp else {
            context.logger.notice("Slack request refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid Slack signature.")
        }
        let command = try SlackCommand.decode(body: body)
        if command.isSSLCheck {
            return Response(status: .ok)
        }
        var context = context
        context.chatRequest = command.verifiedRequest(timestamp: timestamp, body: body)
        return try await next(request, context)
    }
}
