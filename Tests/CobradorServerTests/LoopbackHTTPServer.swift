import CobradorTestSupport
import Foundation
import Hummingbird
import Logging

/// Runs a Hummingbird router on 127.0.0.1 (an ephemeral port) for the length of one operation: the
/// part every loopback stand-in of the tests (webhook receivers, chat platform APIs) shares.
enum LoopbackHTTPServer {
    /// Runs `operation` with the server's base URL (`http://127.0.0.1:<port>`) while it is up, then
    /// shuts it down, also when `operation` throws.
    static func run<Value: Sendable>(
        router: Router<BasicRequestContext>, label: String, _ operation: @Sendable (URL) async throws -> Value
    ) async throws -> Value {
        let port = PortBox()
        var logger = Logger(label: label)
        logger.logLevel = .error
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in await port.set(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let serviceGroup = ServiceGroupRunner(app: app, logger: logger)
            // Its own thread: the cooperative pool may be full of other tests waiting on child processes.
            group.addTask(executorPreference: DedicatedExecutor(label: label)) { try await serviceGroup.run() }
            let value: Value
            do {
                value = try await operation(URL(string: "http://127.0.0.1:\(try await port.wait())")!)
            } catch {
                await serviceGroup.stop()
                throw error
            }
            await serviceGroup.stop()
            try await group.waitForAll()
            return value
        }
    }
}

/// Waits (bounded) for the port the server bound.
actor PortBox {
    private var port: Int?

    func set(_ value: Int) { port = value }

    func wait() async throws -> Int {
        for _ in 0..<500 {
            if let port { return port }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw CancellationError()
    }
}
