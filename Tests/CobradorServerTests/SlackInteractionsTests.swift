import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /slack/interactions and Block Kit replies")
struct SlackInteractionsTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    static func press(_ client: some TestClientProtocol, _ body: String, headers: HTTPFields? = nil) async throws -> TestResponse {
        try await client.execute(
            uri: "/slack/interactions", method: .post, headers: headers ?? H.slackHeaders(body: body), body: ByteBuffer(string: body))
    }

    @Test func aButtonPressRunsItsWordsAndReplacesTheMessage() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, stub in
            let responseURL = api.appendingPathComponent("actions/T123ABC456/1524/abc").absoluteString
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.press(client, C.blockActionsBody(value: "sí", responseURL: responseURL))
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            #expect(call.path == "/actions/T123ABC456/1524/abc")
            #expect(call.headers["authorization"] == nil)
            let expected = #"{"blocks":[{"text":{"text":"1: sí","type":"mrkdwn"},"type":"section"}],"replace_original":true,"text":"1: sí"}"#
            #expect(JSONText.canonical(call.body) == JSONText.canonical(expected))
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["sí"])
        #expect(received.first?.conversation == ConversationKey(channel: "slack", team: "T123ABC456", room: "C123ABC456", user: "U061F7AUR"))
        #expect(received.first?.canWrite == false)
    }

    @Test func theReplyToAPressCarriesItsOwnButtons() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, stub in
            let responseURL = api.appendingPathComponent("actions/1").absoluteString
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.press(client, C.blockActionsBody(value: "Acme pagó 450", responseURL: responseURL))
                #expect(response.status == .ok)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            let blocks = call.json["blocks"] as? [[String: Any]] ?? []
            #expect(blocks.map { $0["type"] as? String } == ["header", "section", "section", "actions"])
            let buttons = blocks.last?["elements"] as? [[String: Any]] ?? []
            #expect(
                JSONText.canonical(try JSONSerialization.data(withJSONObject: buttons))
                    == JSONText.canonical(
                        #"""
                        [{"action_id":"cobrador-confirm-0","style":"primary","text":{"text":"Sí","type":"plain_text"},"type":"button","value":"sí"},
                        {"action_id":"cobrador-deny-1","style":"danger","text":{"text":"No","type":"plain_text"},"type":"button","value":"no"}]
                        """#))
            #expect(
                blocks.first.map { JSONText.canonical(try! JSONSerialization.data(withJSONObject: $0)) }
                    == JSONText.canonical(
                        #"{"text":{"emoji":true,"text":"1: Voy a apuntar el pago de Acme &amp; &lt;!channel&gt;","#
                            + #""type":"plain_text"},"type":"header"}"#))
        }
    }

    @Test func forgedStaleAndValidPresses() async throws {
        let engine = ScriptedChatEngine()
        let now = Int(H.now.timeIntervalSince1970)
        try await PlatformAPIStub.run { api, stub in
            let body = C.blockActionsBody(value: "sí", responseURL: api.appendingPathComponent("actions/1").absoluteString)
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                #expect(try await Self.press(client, body, headers: H.slackHeaders(body: body, secret: "forged")).status == .unauthorized)
                #expect(try await Self.press(client, body, headers: H.slackHeaders(body: body, timestamp: now - 400)).status == .unauthorized)
                #expect(try await Self.press(client, body, headers: [.contentType: "application/x-www-form-urlencoded"]).status == .unauthorized)
                let notAPayload = "payload=%7Bnope"
                #expect(try await Self.press(client, notAPayload).status == .badRequest)
                #expect(try await Self.press(client, body).status == .ok)
                // Slack retrying the same press does not run it again.
                #expect(try await Self.press(client, body, headers: H.slackHeaders(body: body, retry: 1)).status == .ok)
            }
            #expect(try await stub.waitForCalls(1).count == 1)
            try await Task.sleep(for: .milliseconds(200))
            #expect(await stub.calls.count == 1)
        }
        #expect(await engine.received.map(\.text) == ["sí"])
    }

    @Test func aResponseURLOutsideSlackIsNeverCalled() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                for url in ["https://evil.example/hook", "http://hooks.slack.com/actions/1", "not a url"] {
                    let body = C.blockActionsBody(value: "sí", responseURL: url, trigger: "t-\(url.count)")
                    #expect(try await Self.press(client, body).status == .ok)
                }
            }
            try await Task.sleep(for: .milliseconds(200))
            #expect(await stub.calls.isEmpty)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func slashCommandRepliesCarryBlocksAndButtons() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await H.app(engine: engine).test(.live) { client async throws in
            let form = H.slackForm(text: "Acme pagó 450", user: "U-WRITER")
            let response = try await client.execute(
                uri: "/slack/commands", method: .post, headers: H.slackHeaders(body: form), body: ByteBuffer(string: form))
            let json = (try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
            #expect(json["response_type"] as? String == "ephemeral")
            #expect(
                json["text"] as? String == "1: Voy a apuntar el pago de Acme &amp; &lt;!channel&gt;:\n• F-1  450,00 €\n¿Lo confirmo? (sí / no)")
            let blocks = json["blocks"] as? [[String: Any]] ?? []
            #expect(blocks.map { $0["type"] as? String } == ["header", "section", "section", "actions"])
            #expect(((blocks[1]["text"] as? [String: Any])?["text"] as? String) == "```\n• F-1  450,00 €\n```")
        }
    }
}
