import Hummingbird
import Logging

/// The shape every signed platform endpoint shares: check that the raw body comes from the platform
/// (401 otherwise), decode it into the platform's payload (400 when it is not one), and hand that to the
/// route in the context. Runs after `BodyLimitMiddleware`, which keeps the raw bytes signatures need.
protocol SignedPayloadMiddleware: RouterMiddleware where Context == ChatRequestContext {
    /// Throws `HTTPError(.unauthorized)` (after logging why) when the request is not the platform's.
    func authenticate(_ request: Request, body: [UInt8], logger: Logger) throws
    /// The decoded payload; any error becomes a 400 with `notAPayload`.
    func payload(from body: [UInt8]) throws -> PlatformPayload
    /// The 400's message: which payload the body is not.
    var notAPayload: String { get }
}

extension SignedPayloadMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let body = context.rawBodyBytes
        try authenticate(request, body: body, logger: context.logger)
        let payload: PlatformPayload
        do {
            payload = try self.payload(from: body)
        } catch {
            throw HTTPError(.badRequest, message: notAPayload)
        }
        var context = context
        context.platformPayload = payload
        return try await next(request, context)
    }
}
