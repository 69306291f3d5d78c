import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A tiny incoming-webhook receiver on 127.0.0.1 (an ephemeral port) for the outbound tests:
/// it records every POST to `/hook` and answers with the scripted responses in order (the last
/// one repeats).
actor LoopbackReceiver {
    struct Scripted: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields = [:]
        var delay: Duration? = nil
    }

    struct Received: Sendable {
        var body: Data
        var contentType: String?
        var at: ContinuousClock.Instant
    }

    private var script: [Scripted]
    private(set) var received: [Received] = []

    init(script: [Scripted]) {
        self.script = script
    }

    func record(_ body: Data, contentType: String?) -> Scripted {
        received.append(Received(body: body, contentType: contentType, at: .now))
        return script.count > 1 ? script.removeFirst() : script[0]
    }

    /// Runs `operation` with the receiver's URL while the server is up, then shuts it down.
    static func run<Value: Sendable>(
        script: [Scripted],
        _ operation: @Sendable (URL, LoopbackReceiver) async throws -> Value
    ) async throws -> Value {
        let receiver = LoopbackReceiver(script: script)
        let router = Router()
        router.post("hook") { request, context -> Response in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            let reply = await receiver.record(Data(buffer.readableBytesView), contentType: request.headers[.contentType])
            if let delay = reply.delay { try await Task.sleep(for: delay) }
            return Response(status: reply.status, headers: reply.headers, body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        let port = PortBox()
        var logger = Logger(label: "loopback-receiver")
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
            group.addTask(executorPreference: DedicatedExecutor(label: "loopback-receiver")) { try await serviceGroup.run() }
            let value: Value
            do {
                let url = URL(string: "http://127.0.0.1:\(try await port.wait())/hook")!
                value = try await operation(url, receiver)
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
