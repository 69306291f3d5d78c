import HTTPTypes
import Hummingbird
import Logging

/// Checks `Authorization: Bearer <token>` in constant time before the body is read (401 with
/// `WWW-Authenticate: Bearer` otherwise).
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: ConfiguredSecret

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let header = request.headers[.authorization] ?? ""
        // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
        let given = header.prefix(7).lowercased() == "bearer " ? String(header.dropFirst(7)) : ""
        guard !given.isEmpty, ConstantTime.equalSecrets(given, token.value) else {
            context.logger.notice("Webhook request refused", metadata: ["reason": "bearer"])
            throw HTTPError(
                .unauthorized,
                headers: [.wwwAuthenticate: "Bearer"],
                message: "Missing or invalid bearer token."
            )
        }
        return try await next(request, context)
    }
}
