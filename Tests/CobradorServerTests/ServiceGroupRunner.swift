import Hummingbird
import Logging
import ServiceLifecycle

/// Runs an application in a ServiceGroup that a test can stop.
struct ServiceGroupRunner<App: ApplicationProtocol>: Sendable {
    private let group: ServiceGroup

    init(app: App, logger: Logger) {
        self.group = ServiceGroup(configuration: .init(services: [app], logger: logger))
    }

    func run() async throws { try await group.run() }

    func stop() async { await group.triggerGracefulShutdown() }
}
