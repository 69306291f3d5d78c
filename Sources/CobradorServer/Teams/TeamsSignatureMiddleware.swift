import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// `POST /teams`: verifies `Authorization: HMAC …` over the raw body (401 otherwise), then decodes the
/// activity (400 if it is not one). Runs after `BodyLimitMiddleware`.
struct TeamsSignatureMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let verifier: TeamsSignatureVerifier

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        let outcome = verifier.verify(authorization: request.headers[.authorization], body: body)
        guard outcome == .valid else {
            context.logger.notice("Teams request refused", metadata: ["reason": "\(outcome)"])
            throw HTTPError(.unauthorized, message: "Invalid Teams signature.")
        }
        let activity: TeamsActivity
        do {
            activity = try JSONDecoder().decode(TeamsActivity.self, from: Data(body))
        } catch {
            throw HTTPError(.badRequest, message: "The body is not a Teams activity.")
        }
        var context = context
        context.platformPayload = .teams(activity)
        return try await next(request, context)
    }
}
