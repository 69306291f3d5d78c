import Hummingbird
import Logging
import NIOCore

/// `GET /metrics` (Prometheus text) and `GET /readyz` (the store answers: 200, else 503).
struct OperationsRoutes: Sendable {
    struct Readiness: ResponseEncodable {
        let status: String
        let store: String
    }

    let metrics: ServerMetrics?
    let readiness: (@Sendable () async throws -> Void)?

    func metrics(_ request: Request, context: some RequestContext) -> Response {
        let bytes = metrics?.exposition() ?? []
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    func ready(_ request: Request, context: some RequestContext) async throws -> EditedResponse<Readiness> {
        do {
            try await readiness?()
            return EditedResponse(status: .ok, response: Readiness(status: "ready", store: "ok"))
        } catch {
            // The reason goes to the log; the answer says only what is down.
            context.logger.error("Readiness check failed", metadata: ["error.type": "\(type(of: error))"])
            return EditedResponse(status: .serviceUnavailable, response: Readiness(status: "not ready", store: "unavailable"))
        }
    }
}
