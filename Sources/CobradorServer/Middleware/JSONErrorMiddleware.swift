import Hummingbird
import Logging

/// Outermost middleware: every refusal (400, 401, 404, 413…) leaves as JSON
/// `{"error": {"message": "…"}}` with a JSON content type, and an unexpected error becomes a
/// plain 500 whose details stay in the log.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.body != nil {
            throw error
        } catch let error as any HTTPResponseError {
            throw HTTPError(error.status, message: error.status.reasonPhrase)
        } catch {
            context.logger.error("Unexpected error", metadata: ["error.type": "\(type(of: error))"])
            throw HTTPError(.internalServerError, message: "Internal error.")
        }
    }
}
