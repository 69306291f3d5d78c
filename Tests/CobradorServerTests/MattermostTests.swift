import CobradorBot
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /mattermost")
struct MattermostTests {
    typealias H = ServerHarness

    static func form(
        token: String = H.mattermostToken,
        text: String,
        user: String = "ana",
        trigger: String? = "cobrador",
        command: String? = nil
    ) -> String {
        var fields = [
            ("token", token), ("team_id", "team9"), ("team_domain", "acme"), ("channel_id", "chan3"),
            ("channel_name", "cobros"), ("user_id", "id-\(user)"), ("user_name", user), ("text", text),
        ]
        if let trigger { fields.append(("trigger_word", trigger)) }
        if let command { fields.append(("command", command)) }
        return fields.map { "\($0.0)=\(H.formEscape($0.1))" }.joined(separator: "&")
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func outgoingWebhookWithTheRightTokenStripsTheTriggerWord() async throws {
        let engine = ScriptedChatEngine()
        let body = Self.form(text: "cobrador ¿quién me debe?")
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: Self.formHeaders,
                body: ByteBuffer(string: body)
            )
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(H.json(response) == ["text": "1: ¿quién me debe?"])
        }
        let message = try #require(await engine.received.first)
        #expect(message.text == "¿quién me debe?")
        #expect(message.conversation == ConversationKey(channel: "mattermost", team: "team9", room: "chan3", user: "id-ana"))
        #expect(message.canWrite == true)  // "ana" is on the writers' list by name
    }

    @Test func wrongOrMissingTokenIsRefused() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            for body in [Self.form(token: "wrong", text: "hola"), Self.form(token: "", text: "hola"), "text=hola&user_name=ana"] {
                let response = try await client.execute(
                    uri: "/mattermost",
                    method: .post,
                    headers: Self.formHeaders,
                    body: ByteBuffer(string: body)
                )
                #expect(response.status == .unauthorized)
            }
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func jsonPayloadIsAccepted() async throws {
        let engine = ScriptedChatEngine()
        let json =
            #"{"token":"mm-token-123","team_id":"team9","channel_id":"chan3","channel_name":"cobros","user_id":"id-bob","#
            + #""user_name":"bob","text":"@cobrador recordar a Acme","trigger_word":"@cobrador"}"#
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: json)
            )
            #expect(response.status == .ok)
            #expect(H.json(response)["text"] == "1: recordar a Acme")
        }
        let message = try #require(await engine.received.first)
        #expect(message.canWrite == false)  // bob is not a writer
    }

    @Test func slashCommandGetsAResponseType() async throws {
        let engine = ScriptedChatEngine()
        let body = Self.form(text: "quién me debe", trigger: nil, command: "/cobrador")
        try await H.app(engine: engine).test(.router) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: Self.formHeaders,
                body: ByteBuffer(string: body)
            )
            #expect(H.json(response) == ["text": "1: quién me debe", "response_type": "in_channel"])
        }
    }

    @Test func replyIsEscapedForMattermost() async throws {
        let engine = ScriptedChatEngine()
        let body = Self.form(text: "cobrador [pagar](https://evil.example) @channel <b>")
        try await H.app(engine: engine).test(.router) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: Self.formHeaders,
                body: ByteBuffer(string: body)
            )
            #expect(H.json(response)["text"] == "1: \\[pagar\\](https://evil.example) @\u{200B}channel &lt;b&gt;")
        }
    }

    @Test func malformedJSONIsABadRequest() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"token": "mm-token-123", "text": "#)
            )
            #expect(response.status == .badRequest)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func disabledWhenNoTokenIsConfigured() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine, configuration: H.configuration(mattermost: false)).test(.live) { client in
            let response = try await client.execute(
                uri: "/mattermost",
                method: .post,
                headers: Self.formHeaders,
                body: ByteBuffer(string: Self.form(text: "hola"))
            )
            #expect(response.status == .notFound)
        }
        #expect(await engine.received.isEmpty)
    }
}
