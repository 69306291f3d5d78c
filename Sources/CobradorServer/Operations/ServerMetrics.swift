import CobradorBot
import CoreMetrics
import Foundation
import Metrics
import Prometheus

/// What `serve` counts for its operators, in Prometheus' text format at `GET /metrics`.
///
/// The metrics go through swift-metrics with this registry's factory, so the server's own series and
/// those of the libraries below it (the outbound retries) land in one place once the composition root
/// bootstraps `MetricsSystem` with `factory`. Each series keeps one fixed set of label names, as
/// Prometheus requires.
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    public let factory: PrometheusMetricsFactory

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        // Chat answers take from a millisecond (a cached who-owes) to seconds (a slow store).
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
            .seconds(10),
        ]
        self.factory = factory
    }

    /// One HTTP request: by route pattern (never the raw path, which would make a series per URL) and status.
    func request(endpoint: String, status: Int, duration: Duration) {
        Counter(
            label: "cobrador_http_requests_total", dimensions: [("endpoint", endpoint), ("status", String(status))],
            factory: factory
        ).increment()
        Metrics.Timer(label: "cobrador_http_request_duration_seconds", dimensions: [("endpoint", endpoint)], factory: factory)
            .record(duration: duration)
    }

    /// One answer of the engine: its intent, whether it was the fallback, asked or accepted a
    /// confirmation, or hid an internal (store) error behind a reference.
    func answered(_ reply: BotReply) {
        Counter(label: "cobrador_intents_answered_total", dimensions: [("intent", reply.intent)], factory: factory).increment()
        Counter(label: "cobrador_replies_total", factory: factory).increment()
        if reply.intent == "fallback", reply.incident == nil {
            Counter(label: "cobrador_fallback_replies_total", factory: factory).increment()
        }
        if reply.actions.contains(where: { $0.id == "confirm" }) {
            Counter(label: "cobrador_confirmations_asked_total", factory: factory).increment()
        }
        if reply.acceptedConfirmation {
            Counter(label: "cobrador_confirmations_accepted_total", factory: factory).increment()
        }
        if reply.incident != nil {
            Counter(label: "cobrador_store_errors_total", factory: factory).increment()
        }
    }

    /// The exposition text.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
