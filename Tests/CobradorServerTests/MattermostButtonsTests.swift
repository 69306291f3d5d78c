import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Mattermost buttons and POST /mattermost/actions")
struct MattermostButtonsTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    static let webhookForm =
        "token=mm-token-123&team_id=T-MM&team_domain=acme&channel_id=CH-MM&channel_name=cobros&timestamp=1445532266"
        + "&user_id=U-MM&user_name=luis&post_id=P-1&text=cobrador+Acme+pag%C3%B3+450&trigger_word=cobrador"

    static func ask(_ client: some TestClientProtocol) async throws -> [String: Any] {
        let response = try await client.execute(
            uri: "/mattermost", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: webhookForm))
        #expect(response.status == .ok)
        return (try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// Mattermost's `PostActionIntegrationRequest` for a press on `action`, with its context as given.
    static func press(
        _ client: some TestClientProtocol, context: Any?, user: String = "U-MM", channel: String = "CH-MM"
    ) async throws
        -> TestResponse
    {
        var request: [String: Any] = [
            "user_id": user, "user_name": "luis", "channel_id": channel, "channel_name": "cobros", "team_id": "T-MM",
            "team_domain": "acme", "post_id": "P-2", "trigger_id": "trig-mm", "type": "", "data_source": "",
        ]
        request["context"] = context
        let body = try JSONSerialization.data(withJSONObject: request)
        return try await client.execute(
            uri: "/mattermost/actions", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body))
    }

    static func actions(of reply: [String: Any]) -> [[String: Any]] {
        ((reply["attachments"] as? [[String: Any]])?.first?["actions"] as? [[String: Any]]) ?? []
    }

    static func context(of action: [String: Any]) -> [String: Any] {
        ((action["integration"] as? [String: Any])?["context"] as? [String: Any]) ?? [:]
    }

    @Test func replyCarriesSignedButtonsPointingBackAtServe() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, _ in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let reply = try await Self.ask(client)
                #expect(
                    reply["text"] as? String
                        == "**1: Voy a apuntar el pago de Acme &amp; &lt;!channel&gt;**\n\n```\n• F-1  450,00 €\n```"
                        + "\n\n¿Lo confirmo? (sí / no)")
                #expect((reply["attachments"] as? [[String: Any]])?.first?["fallback"] as? String == "Sí · No")
                let actions = Self.actions(of: reply)
                #expect(actions.map { $0["id"] as? String } == ["confirm0", "deny1"])
                #expect(actions.map { $0["name"] as? String } == ["Sí", "No"])
                #expect(actions.map { $0["style"] as? String } == ["primary", "danger"])
                #expect(actions.map { $0["type"] as? String } == ["button", "button"])
                let url = (actions.first?["integration"] as? [String: Any])?["url"] as? String
                #expect(url == "https://cobrador.example.com/mattermost/actions")
                let context = Self.context(of: actions[0])
                #expect(context["message"] as? String == "sí")
                #expect(context["team"] as? String == "T-MM")
                #expect(context["channel"] as? String == "CH-MM")
                #expect(context["user"] as? String == "U-MM")
                #expect(context["lang"] as? String == "es")
                #expect(context["expires"] as? String == String(Int(H.now.timeIntervalSince1970) + 7 * 24 * 3600))
                #expect((context["sig"] as? String)?.count == 64)
            }
        }
    }

    @Test func pressRunsTheWordsAndUpdatesThePost() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, _ in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let reply = try await Self.ask(client)
                let response = try await Self.press(client, context: Self.context(of: Self.actions(of: reply)[0]))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let update = JSONText.canonical(Data(response.body.readableBytesView))
                #expect(update == JSONText.canonical(#"{"update":{"message":"2: sí","props":{}}}"#))
            }
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["Acme pagó 450", "sí"])
        // The press continues the same conversation as the words.
        #expect(Set(received.map(\.conversation)).count == 1)
    }

    @Test func forgedStaleAndForeignPressesChangeNothing() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, _ in
            let configuration = C.configuration(api: api)
            let signed = try await C.app(engine: engine, configuration: configuration).test(.live) { client async throws in
                let context = Self.context(of: Self.actions(of: try await Self.ask(client))[0])
                var forged = context
                forged["message"] = "Acme pagó 9.999 €"
                #expect(try await Self.press(client, context: forged).status == .unauthorized)
                var badSignature = context
                badSignature["sig"] = String(repeating: "0", count: 64)
                #expect(try await Self.press(client, context: badSignature).status == .unauthorized)
                #expect(try await Self.press(client, context: nil).status == .unauthorized)
                #expect(try await Self.press(client, context: context, channel: "OTHER").status == .unauthorized)
                let notJSON = try await client.execute(uri: "/mattermost/actions", method: .post, body: ByteBuffer(string: "x"))
                #expect(notJSON.status == .badRequest)
                // Someone else's button: a note only they see, and no turn.
                let foreign = try await Self.press(client, context: context, user: "U-OTHER")
                #expect(foreign.status == .ok)
                #expect(
                    JSONText.canonical(Data(foreign.body.readableBytesView))
                        == JSONText.canonical(#"{"ephemeral_text":"Este botón es de quien preguntó; escríbeme tú y te respondo."}"#))
                return try JSONSerialization.data(withJSONObject: context)
            }
            // Eight days later the same button has expired.
            let later = H.now.addingTimeInterval(8 * 24 * 3600)
            try await C.app(engine: engine, configuration: configuration, now: later).test(.live) { client async throws in
                let context = try JSONSerialization.jsonObject(with: signed)
                #expect(try await Self.press(client, context: context).status == .unauthorized)
            }
            // And the valid one, once.
            try await C.app(engine: engine, configuration: configuration).test(.live) { client async throws in
                let context = try JSONSerialization.jsonObject(with: signed)
                #expect(try await Self.press(client, context: context).status == .ok)
            }
        }
        #expect(await engine.received.map(\.text) == ["Acme pagó 450", "sí"])
    }

    @Test func noButtonsAndNoActionsRouteWithoutAPublicURL() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await H.app(engine: engine).test(.live) { client async throws in
            let reply = try await Self.ask(client)
            #expect(reply["attachments"] == nil)
            #expect(try await Self.press(client, context: ["message": "sí"]).status == .notFound)
        }
    }
}
