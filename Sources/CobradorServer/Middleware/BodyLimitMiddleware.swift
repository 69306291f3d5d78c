import Hummingbird

/// Reads the request body once, up to a limit (413 beyond it, checked on `Content-Length` first
/// and again while reading), and keeps the raw bytes in the context for signature checks.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let maxBytes: Int

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let tooLarge = HTTPError(.contentTooLarge, message: "The body is larger than \(maxBytes / 1024) KB.")
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maxBytes {
            throw tooLarge
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw tooLarge
        }
        var context = context
        context.rawBody = body
        return try await next(request, context)
    }
}
