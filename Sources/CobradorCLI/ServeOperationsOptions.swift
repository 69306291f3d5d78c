import ArgumentParser
import CobradorServer
import CoreMetrics
import Logging

/// `serve`'s options for operators: metrics and the log format.
struct ServeOperationsOptions: ParsableArguments {
    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Flag(name: .long, help: "Answer GET /metrics (Prometheus text format) on the chat port.")
    var metrics = false

    @Option(name: .long, help: "Answer GET /metrics on this port instead, on --metrics-host (implies --metrics).")
    var metricsPort: Int?

    @Option(name: .long, help: "Address of the --metrics-port listener.")
    var metricsHost = "127.0.0.1"

    @Option(name: .long, help: "Log lines as text (default) or as JSON objects, one per line, on standard error.")
    var logFormat: LogFormat = .text

    func validate() throws {
        if let metricsPort, !(0...65_535).contains(metricsPort) {
            throw ValidationError("--metrics-port must be between 0 and 65535.")
        }
    }

    var exposure: ServerOperations.MetricsExposure {
        if let metricsPort { return .separatePort(host: metricsHost, port: metricsPort) }
        return metrics ? .samePort : .off
    }

    /// Sets the process-wide log handler and metrics backend: done once, here, at start-up.
    func bootstrap(level: Logger.Level) -> ServerMetrics? {
        if logFormat == .json {
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        }
        guard exposure != .off else { return nil }
        let metrics = ServerMetrics()
        MetricsSystem.bootstrap(metrics.factory)
        return metrics
    }
}
