import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /teams`: verifies `Authorization: HMAC …` over the raw body (401 otherwise), then decodes the
/// activity (400 if it is not one).
struct TeamsSignatureMiddleware: SignedPayloadMiddleware {
    let verifier: TeamsSignatureVerifier

    var notAPayload: String { "The body is not a Teams activity." }

    func authenticate(_ request: Request, body: [UInt8], logger: Logger) throws {
        let outcome = verifier.verify(authorization: request.headers[.authorization], body: body)
        guard outcome == .valid else {
            logger.notice("Teams request refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid Teams signature.")
        }
    }

    func payload(from body: [UInt8]) throws -> PlatformPayload {
        .teams(try JSONDecoder().decode(TeamsActivity.self, from: Data(body)))
    }
}
