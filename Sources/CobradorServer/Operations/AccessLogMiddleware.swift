import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id (in the log metadata and the `X-Request-Id` answer header), logs one line
/// per request at info level — method, route pattern, status, duration; never a header value, a body or a
/// message text — and counts it in the metrics when they are on.
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = ChatRequestContext
    let metrics: ServerMetrics?

    static let header = HTTPField.Name("X-Request-Id")!

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let id = RequestID.from(incoming: request.headers[Self.header])
        var context = context
        context.logger[metadataKey: "request_id"] = "\(id)"
        let started = ContinuousClock.now
        // Runs outside `JSONErrorMiddleware`: every error here is already an HTTP answer.
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[Self.header] = id
        finish(request, context: context, status: response.status.code, started: started)
        return response
    }

    private func finish(_ request: Request, context: Context, status: Int, started: ContinuousClock.Instant) {
        let duration = ContinuousClock.now - started
        // The route pattern once routed ("/webhook"); unknown paths are one series, not one per URL.
        let endpoint = context.endpointPath ?? "unmatched"
        metrics?.request(endpoint: endpoint, status: status, duration: duration)
        context.logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)", "route": "\(endpoint)", "status": "\(status)",
                "duration_ms": "\(Self.milliseconds(duration))",
            ])
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        return "\(micros / 1000).\(String(micros % 1000 + 1000).dropFirst())"
    }
}
