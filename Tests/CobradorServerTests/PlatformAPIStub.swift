import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird

/// A stand-in for the chat platforms' Web APIs (Slack, Telegram, Discord) on 127.0.0.1: it records
/// every POST and PATCH (method, path, headers, body) and answers `{"ok": true}` — or what `answer`
/// says for a path — so a test can assert the exact JSON cobrador sent.
actor PlatformAPIStub {
    struct Call: Sendable {
        var method: String
        var path: String
        /// Names in lowercase.
        var headers: [String: String]
        var body: Data

        /// The body as a JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    typealias Answer = @Sendable (_ method: String, _ path: String) -> (status: HTTPResponse.Status, body: String)

    private(set) var calls: [Call] = []
    private let answer: Answer

    init(answer: @escaping Answer) {
        self.answer = answer
    }

    func record(_ call: Call) -> (status: HTTPResponse.Status, body: String) {
        calls.append(call)
        return answer(call.method, call.path)
    }

    /// Waits (bounded) until at least `count` calls arrived, then gives them all.
    func waitForCalls(_ count: Int, timeout: Duration = .seconds(10)) async throws -> [Call] {
        let deadline = ContinuousClock.now + timeout
        while calls.count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        return calls
    }

    /// The calls whose path ends with `suffix`.
    func calls(endingWith suffix: String) -> [Call] { calls.filter { $0.path.hasSuffix(suffix) } }

    static let defaultAnswer: Answer = { _, path in
        if path.hasSuffix("/getMe") { return (.ok, #"{"ok":true,"result":{"id":7777,"is_bot":true,"username":"cobrador_bot"}}"#) }
        return (.ok, #"{"ok":true}"#)
    }

    /// Runs `operation` with the stub's base URL (`http://127.0.0.1:<port>`) while it is up.
    static func run<Value: Sendable>(
        answer: @escaping Answer = defaultAnswer,
        _ operation: @Sendable (URL, PlatformAPIStub) async throws -> Value
    ) async throws -> Value {
        let stub = PlatformAPIStub(answer: answer)
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
            let reply = await stub.record(
                Call(method: request.method.rawValue, path: request.uri.path, headers: headers, body: Data(buffer.readableBytesView)))
            return Response(
                status: reply.status, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: reply.body)))
        }
        router.post("**", use: handler)
        router.patch("**", use: handler)
        return try await LoopbackHTTPServer.run(router: router, label: "platform-api-stub") { base in
            try await operation(base, stub)
        }
    }
}

/// Compares JSON by value: both sides parsed and written again with sorted keys.
enum JSONText {
    static func canonical(_ data: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let again = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        else { return String(decoding: data, as: UTF8.self) }
        return String(decoding: again, as: UTF8.self)
    }

    static func canonical(_ text: String) -> String { canonical(Data(text.utf8)) }
}
