import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// `GET /metrics`, `GET /readyz` and the request id, on the real server over loopback.
@Suite("Operators' signals")
struct OperationsSignalsTests {
    typealias H = ServerHarness

    struct StoreDown: Error {}

    /// Replies as the real bot's would look: a fallback, a confirmation asked, one accepted, a hidden error.
    static let script: ScriptedChatEngine.Script = { message, _ in
        switch message.text {
        case "asks": BotReply(text: "¿Lo apunto?", intent: "record_payment", language: .es, actions: [ButtonScripts.confirm, ButtonScripts.deny])
        case "sí": BotReply(text: "Hecho.", intent: "record_payment", language: .es, changedData: true, acceptedConfirmation: true)
        case "broken": BotReply(text: "Ha fallado (ref X1).", intent: "fallback", language: .es, incident: "X1")
        case "who": BotReply(text: "Te deben…", intent: "who_owes", language: .es)
        default: BotReply(text: "No te entiendo.", intent: "fallback", language: .es)
        }
    }

    static func app(
        exposure: ServerOperations.MetricsExposure, readiness: (@Sendable () async throws -> Void)? = nil
    )
        -> (some ApplicationProtocol, ServerMetrics)
    {
        let metrics = ServerMetrics()
        var logger = Logger(label: "cobrador.server.test")
        logger.logLevel = .error
        let app = buildApplication(
            engine: ScriptedChatEngine(script: script), configuration: H.configuration(), host: "127.0.0.1", port: 0,
            logger: logger, now: { H.now },
            operations: ServerOperations(metrics: metrics, exposure: exposure, readiness: readiness))
        return (app, metrics)
    }

    static func webhook(_ text: String, _ client: some TestClientProtocol, requestID: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(H.webhookToken)", .contentType: "application/json"]
        if let requestID { headers[HTTPField.Name("X-Request-Id")!] = requestID }
        return try await client.execute(
            uri: "/webhook", method: .post, headers: headers, body: ByteBuffer(string: #"{"text":"\#(text)","user":"ana"}"#))
    }

    /// The value of one series in the exposition text, nil when it is absent.
    static func value(_ series: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    @Test func metricsAreOffUnlessAsked() async throws {
        var logger = Logger(label: "cobrador.server.test")
        logger.logLevel = .error
        let app = buildApplication(
            engine: ScriptedChatEngine(script: Self.script), configuration: H.configuration(), port: 0, logger: logger)
        try await app.test(.live) { client in
            let response1 = try await client.execute(uri: "/metrics", method: .get)
            #expect(response1.status == .notFound)
            let response2 = try await client.execute(uri: "/readyz", method: .get)
            #expect(response2.status == .ok)
        }
    }

    @Test func countersMoveWithRequestsAnswersAndConfirmations() async throws {
        let (app, _) = Self.app(exposure: .samePort)
        try await app.test(.live) { client in
            for text in ["who", "who", "zzz", "asks", "sí", "broken"] {
                let response3 = try await Self.webhook(text, client)
                #expect(response3.status == .ok)
            }
            let refused = try await client.execute(
                uri: "/webhook", method: .post, headers: [.authorization: "Bearer wrong"], body: ByteBuffer(string: "{}"))
            #expect(refused.status == .unauthorized)

            let response = try await client.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = String(buffer: response.body)
            #expect(Self.value(#"cobrador_http_requests_total{endpoint="/webhook",status="200"}"#, in: text) == 6)
            #expect(Self.value(#"cobrador_http_requests_total{endpoint="/webhook",status="401"}"#, in: text) == 1)
            #expect(Self.value(#"cobrador_http_request_duration_seconds_count{endpoint="/webhook"}"#, in: text) == 7)
            #expect(Self.value(#"cobrador_intents_answered_total{intent="who_owes"}"#, in: text) == 2)
            #expect(Self.value("cobrador_replies_total", in: text) == 6)
            // The hidden error is a fallback by intent, but a store error, not a message not understood.
            #expect(Self.value("cobrador_fallback_replies_total", in: text) == 1)
            #expect(Self.value("cobrador_confirmations_asked_total", in: text) == 1)
            #expect(Self.value("cobrador_confirmations_accepted_total", in: text) == 1)
            #expect(Self.value("cobrador_store_errors_total", in: text) == 1)
            // Nothing the user wrote, no token.
            #expect(!text.contains("zzz") && !text.contains(H.webhookToken))
        }
    }

    @Test func aSeparateMetricsPortKeepsTheChatPortClean() async throws {
        let (app, metrics) = Self.app(exposure: .separatePort(host: "127.0.0.1", port: 0))
        try await app.test(.live) { client in
            let response4 = try await Self.webhook("who", client)
            #expect(response4.status == .ok)
            let response5 = try await client.execute(uri: "/metrics", method: .get)
            #expect(response5.status == .notFound)
        }
        var logger = Logger(label: "cobrador.metrics.test")
        logger.logLevel = .error
        let listener = buildMetricsApplication(metrics: metrics, host: "127.0.0.1", port: 0, logger: logger)
        try await listener.test(.live) { client in
            let text = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            #expect(Self.value(#"cobrador_intents_answered_total{intent="who_owes"}"#, in: text) == 1)
        }
    }

    @Test func readinessFollowsTheStore() async throws {
        let (healthy, _) = Self.app(exposure: .off, readiness: {})
        try await healthy.test(.live) { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            #expect(response.status == .ok)
            #expect(H.json(response) == ["status": "ready", "store": "ok"])
        }
        let (broken, _) = Self.app(exposure: .off, readiness: { throw StoreDown() })
        try await broken.test(.live) { client in
            let response = try await client.execute(uri: "/readyz", method: .get)
            #expect(response.status == .serviceUnavailable)
            let body = String(buffer: response.body)
            #expect(H.json(response) == ["status": "not ready", "store": "unavailable"])
            #expect(!body.contains("StoreDown"))
        }
    }

    @Test func everyAnswerCarriesARequestIDAndAPlainIncomingOneIsKept() async throws {
        let (app, _) = Self.app(exposure: .off)
        try await app.test(.live) { client in
            let header = HTTPField.Name("X-Request-Id")!
            let kept = try await Self.webhook("who", client, requestID: "lb-42.a_b")
            #expect(kept.headers[header] == "lb-42.a_b")
            let forged = try await Self.webhook("who", client, requestID: "x\u{7F}injected")
            #expect(forged.headers[header]?.count == 16)
            let refused = try await client.execute(uri: "/webhook", method: .post, body: ByteBuffer(string: "{}"))
            #expect(refused.status == .unauthorized)
            #expect(refused.headers[header]?.count == 16)
        }
    }
}
