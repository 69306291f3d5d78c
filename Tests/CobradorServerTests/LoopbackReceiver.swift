import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird

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
        return try await LoopbackHTTPServer.run(router: router, label: "loopback-receiver") { base in
            try await operation(base.appendingPathComponent("hook"), receiver)
        }
    }
}
