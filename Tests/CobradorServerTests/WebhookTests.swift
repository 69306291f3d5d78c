import CobradorBot
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /webhook")
struct WebhookTests {
    typealias H = ServerHarness

    @Test func bearerRightGetsTextAndIntent() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: "¿quién me debe? <!here>", user: "bench")
            )
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            // The generic webhook returns the engine's text as is.
            #expect(H.json(response) == ["text": "1: ¿quién me debe? <!here>", "intent": "who_owes"])
        }
    }

    @Test(arguments: [
        ("wrong token", HTTPFields([HTTPField(name: .authorization, value: "Bearer nope")])),
        ("missing header", HTTPFields()),
        ("not bearer", HTTPFields([HTTPField(name: .authorization, value: "Basic d2ViaG9vay1iZWFyZXItNDU2")])),
        ("empty bearer", HTTPFields([HTTPField(name: .authorization, value: "Bearer ")])),
        ("token as prefix", HTTPFields([HTTPField(name: .authorization, value: "Bearer webhook-bearer-4567")])),
    ])
    func bearerWrongOrMissingIsRefused(_ name: String, headers: HTTPFields) async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: headers,
                body: H.webhookBody(text: "hola", user: "u")
            )
            #expect(response.status == .unauthorized, "\(name)")
            #expect(response.headers[.wwwAuthenticate] == "Bearer")
            #expect(H.errorMessage(response) != nil)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test(arguments: [#"{"text": "hola"}"#, "not json", #"{"text": 3, "user": "u"}"#, #"{"text":"hola","user":"  "}"#, ""])
    func malformedBodyIsABadRequest(body: String) async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: ByteBuffer(string: body)
            )
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func oversizeBodyIs413() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: String(repeating: "x", count: 65 * 1024), user: "u")
            )
            #expect(response.status == .contentTooLarge)
            // The connection still serves the next request.
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func bodyJustUnderTheLimitIsAccepted() async throws {
        let engine = ScriptedChatEngine()
        let text = String(repeating: "x", count: 64 * 1024 - 40)
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: text, user: "u")
            )
            #expect(response.status == .ok)
        }
    }

    @Test func conversationKeepsContextPerUser() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            var texts: [String] = []
            for (user, text) in [("ana", "recordar a Acme"), ("bob", "hola"), ("ana", "¿y Globex?"), ("ana", "gracias"), ("bob", "adiós")] {
                let response = try await client.execute(
                    uri: "/webhook",
                    method: .post,
                    headers: H.bearer(),
                    body: H.webhookBody(text: text, user: user)
                )
                texts.append(H.json(response)["text"] ?? "")
            }
            #expect(texts == ["1: recordar a Acme", "1: hola", "2: ¿y Globex?", "3: gracias", "2: adiós"])
        }
        let ana = ConversationKey(channel: "webhook", user: "ana")
        let bob = ConversationKey(channel: "webhook", user: "bob")
        #expect(await engine.keys == [ana, bob, ana, ana, bob])
    }

    @Test func allowListDecidesCanWrite() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine, configuration: H.configuration(writers: "U-WRITER, @Ana")).test(.router) { client in
            for user in ["ana", "ANA", "U-WRITER", "bob", "anabel"] {
                _ = try await client.execute(
                    uri: "/webhook",
                    method: .post,
                    headers: H.bearer(),
                    body: H.webhookBody(text: "Acme pagó 10 €", user: user)
                )
            }
        }
        #expect(await engine.received.map(\.canWrite) == [true, true, true, false, false])
    }

    @Test func everyoneWritesWithAStar() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine, configuration: H.configuration(writers: "*")).test(.router) { client in
            _ = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: "hola", user: "anyone")
            )
        }
        #expect(await engine.received.map(\.canWrite) == [true])
    }

    @Test func slowEngineGives503AndNothingBreaks() async throws {
        let engine = ScriptedChatEngine(delay: .milliseconds(500))
        var configuration = H.configuration()
        configuration.webhookTimeout = .milliseconds(50)
        try await H.app(engine: engine, configuration: configuration).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: "hola", user: "u")
            )
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "5")
        }
    }

    @Test func disabledWhenNoTokenIsConfigured() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine, configuration: H.configuration(webhook: false)).test(.live) { client in
            let response = try await client.execute(
                uri: "/webhook",
                method: .post,
                headers: H.bearer(),
                body: H.webhookBody(text: "hola", user: "u")
            )
            #expect(response.status == .notFound)
        }
        #expect(await engine.received.isEmpty)
    }
}
