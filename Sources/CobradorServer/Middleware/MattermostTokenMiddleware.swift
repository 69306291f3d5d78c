import Hummingbird
import Logging

/// Decodes Mattermost's payload (form or JSON; 400 if neither), checks its `token` against the
/// configured ones in constant time (401 otherwise), and puts the verified request in the context.
struct MattermostTokenMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let tokens: [ConfiguredSecret]

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let payload = try MattermostPayload.decode(body: context.rawBodyBytes, contentType: request.headers[.contentType])
        let given = payload.token ?? ""
        // Compare with every configured token (no early exit), so timing tells nothing.
        let matches = tokens.reduce(false) { found, token in ConstantTime.equalSecrets(given, token.value) || found }
        guard !given.isEmpty, matches else {
            context.logger.notice("Mattermost request refused", metadata: ["reason": "token"])
            throw HTTPError(.unauthorized, message: "Invalid Mattermost token.")
        }
        var context = context
        context.chatRequest = try payload.verifiedRequest()
        return try await next(request, context)
    }
}
