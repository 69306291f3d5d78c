/// The operators' side of `serve`: metrics (off unless asked), the readiness check, request logs.
public struct ServerOperations: Sendable {
    /// Where `GET /metrics` is answered.
    public enum MetricsExposure: Sendable, Equatable {
        case off
        /// On the chat port, beside the chat endpoints.
        case samePort
        /// On a listener of its own (on `host`), so the chat port never shows it.
        case separatePort(host: String, port: Int)
    }

    public var metrics: ServerMetrics?
    public var exposure: MetricsExposure
    /// Answers whether the store can be read; nil: `GET /readyz` answers 200 whenever the server runs.
    public var readiness: (@Sendable () async throws -> Void)?

    public init(
        metrics: ServerMetrics? = nil, exposure: MetricsExposure = .off, readiness: (@Sendable () async throws -> Void)? = nil
    ) {
        self.metrics = exposure == .off ? nil : metrics
        self.exposure = metrics == nil ? .off : exposure
        self.readiness = readiness
    }
}
