import Foundation
import Hummingbird
import Logging

extension SlackSignatureVerifier {
    /// Checks a request's `X-Slack-Signature` over its raw body; 401 (and a log line saying why, never
    /// a secret) otherwise. Shared by the slash command, the Events API and interactivity.
    func requireValid(_ request: Request, body: [UInt8], now: Date, logger: Logger, endpoint: String) throws {
        let outcome = verify(
            signature: request.headers[SlackSignatureMiddleware.signatureHeader],
            timestamp: request.headers[SlackSignatureMiddleware.timestampHeader],
            body: body,
            now: now
        )
        guard outcome == .valid else {
            logger.notice("Slack request refused", metadata: ["reason": "\(outcome)", "endpoint": "\(endpoint)"])
            throw HTTPError(.unauthorized, message: "Invalid Slack signature.")
        }
    }
}
