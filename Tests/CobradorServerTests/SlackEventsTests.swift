import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /slack/events")
struct SlackEventsTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    /// Slack's documented url_verification payload.
    static let documentedChallenge =
        #"{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","#
        + #""type":"url_verification"}"#

    static func post(_ client: some TestClientProtocol, _ body: String, headers: HTTPFields? = nil) async throws -> TestResponse {
        try await client.execute(
            uri: "/slack/events", method: .post, headers: headers ?? C.slackJSONHeaders(body: body), body: ByteBuffer(string: body))
    }

    @Test func urlVerificationEchoesTheChallenge() async throws {
        let body = Self.documentedChallenge
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(String(buffer: response.body) == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
                let unsigned = try await Self.post(client, body, headers: [.contentType: "application/json"])
                #expect(unsigned.status == .unauthorized)
            }
            #expect(await stub.calls.isEmpty)
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func appMentionIsAnsweredInItsThreadWithBlockKit() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        let body = C.slackEventBody(C.appMention(text: "<@U0LAN0Z89> ¿quién me debe?"))
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, body)
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            let calls = try await stub.waitForCalls(1)
            #expect(calls.count == 1)
            let call = try #require(calls.first)
            #expect(call.method == "POST")
            #expect(call.path == "/api/chat.postMessage")
            #expect(call.headers["authorization"] == "Bearer xoxb-test-bot-token")
            #expect(call.headers["content-type"] == "application/json; charset=utf-8")
            let expected = #"""
                {"blocks":[{"text":{"emoji":true,"text":"Te deben 2 clientes","type":"plain_text"},"type":"header"},
                {"text":{"text":"```\n• Acme S.L.   1.650,00 €  2 facturas\n• Globex       200,00 €  1 factura\n```",
                "type":"mrkdwn"},"type":"section"},
                {"text":{"text":"Total pendiente: 1.850,00 €","type":"mrkdwn"},"type":"section"},
                {"elements":[{"text":"(Si me he equivocado, escribe «deshaz».)","type":"mrkdwn"}],"type":"context"},
                {"elements":[{"action_id":"cobrador-status-0","text":{"text":"Ver estado de Acme S.L.","type":"plain_text"},
                "type":"button","value":"estado de Acme S.L."}],"type":"actions"}],
                "channel":"C123ABC456","text":"Te deben 2 clientes:\n• Acme S.L.   1.650,00 €  2 facturas\n
                • Globex       200,00 €  1 factura\n\nTotal pendiente: 1.850,00 €\n(Si me he equivocado, escribe «deshaz».)",
                "thread_ts":"1515449522.000016","unfurl_links":false,"unfurl_media":false}
                """#
            #expect(JSONText.canonical(call.body) == JSONText.canonical(expected.replacingOccurrences(of: "\n", with: "")))
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["¿quién me debe?"])
        #expect(received.first?.conversation == ConversationKey(channel: "slack", team: "T123ABC456", room: "C123ABC456", user: "U061F7AUR"))
        #expect(received.first?.canWrite == false)
    }

    @Test func directMessageIsAnsweredInTheDMEscaped() async throws {
        let engine = ScriptedChatEngine()
        let body = C.slackEventBody(C.directMessage(text: "Acme &amp; Co &lt;!channel&gt; <https://evil.example|mira>", user: "U-WRITER"))
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, body)
                #expect(response.status == .ok)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            // One plain paragraph: no blocks; the text escaped so nothing pings or links.
            let expected = #"{"channel":"D024BE91L","text":"1: Acme &amp; Co &lt;!channel&gt; mira","unfurl_links":false,"unfurl_media":false}"#
            #expect(JSONText.canonical(call.body) == JSONText.canonical(expected))
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["Acme & Co <!channel> mira"])
        #expect(received.map(\.canWrite) == [true])
    }

    @Test func forgedStaleAndValidRequests() async throws {
        let engine = ScriptedChatEngine()
        let body = C.slackEventBody(C.appMention(text: "<@U0LAN0Z89> hola"))
        let now = Int(H.now.timeIntervalSince1970)
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let forged = try await Self.post(client, body, headers: C.slackJSONHeaders(body: body, secret: "not-the-secret"))
                #expect(forged.status == .unauthorized)
                let tampered = try await Self.post(
                    client, body.replacingOccurrences(of: "hola", with: "adios"), headers: C.slackJSONHeaders(body: body))
                #expect(tampered.status == .unauthorized)
                let stale = try await Self.post(client, body, headers: C.slackJSONHeaders(body: body, timestamp: now - 301))
                #expect(stale.status == .unauthorized)
                let valid = try await Self.post(client, body, headers: C.slackJSONHeaders(body: body, timestamp: now - 290))
                #expect(valid.status == .ok)
            }
            #expect(try await stub.waitForCalls(1).count == 1)
        }
        #expect(await engine.received.map(\.text) == ["hola"])
    }

    @Test func retriesAndRepeatedEventIDsAreAnsweredOnce() async throws {
        let engine = ScriptedChatEngine()
        let body = C.slackEventBody(C.directMessage(text: "Acme pagó 450 €", user: "U-WRITER"), eventID: "Ev-once")
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                #expect(try await Self.post(client, body).status == .ok)
                for retry in [1, 2] {
                    #expect(try await Self.post(client, body, headers: C.slackJSONHeaders(body: body, retry: retry)).status == .ok)
                }
                #expect(try await Self.post(client, body).status == .ok)
                // A new event is a new turn.
                let next = C.slackEventBody(C.directMessage(text: "hola", user: "U-WRITER", ts: "1515449700.000200"), eventID: "Ev-two")
                #expect(try await Self.post(client, next).status == .ok)
            }
            let calls = try await stub.waitForCalls(2)
            try await Task.sleep(for: .milliseconds(200))
            #expect(await stub.calls.count == 2)
            #expect(Set(calls.map { $0.json["text"] as? String ?? "" }) == ["1: Acme pagó 450 €", "2: hola"])
        }
        #expect(await engine.received.count == 2)
    }

    @Test func botsEditsAndOtherChannelsAreIgnored() async throws {
        let engine = ScriptedChatEngine()
        let ignored = [
            // Another bot, this bot itself, an edit, and a channel message that is not a mention.
            #"{"type":"message","channel":"D024BE91L","bot_id":"B123","text":"hola","ts":"1.1","channel_type":"im"}"#,
            C.directMessage(text: "hola", user: "U0LAN0Z89"),
            #"{"type":"message","subtype":"message_changed","channel":"D024BE91L","ts":"1.2","channel_type":"im"}"#,
            #"{"type":"message","channel":"C123ABC456","user":"U061F7AUR","text":"hola","ts":"1.3","channel_type":"channel"}"#,
            #"{"type":"app_mention","user":"U061F7AUR","bot_id":"B9","text":"<@U0LAN0Z89> hi","ts":"1.4","channel":"C1"}"#,
        ]
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                for (index, event) in ignored.enumerated() {
                    #expect(try await Self.post(client, C.slackEventBody(event, eventID: "Ev-ignored-\(index)")).status == .ok)
                }
                let answered = C.slackEventBody(C.directMessage(text: "hola"), eventID: "Ev-answered")
                #expect(try await Self.post(client, answered).status == .ok)
            }
            #expect(try await stub.waitForCalls(1).count == 1)
            try await Task.sleep(for: .milliseconds(200))
            #expect(await stub.calls.count == 1)
        }
        #expect(await engine.received.count == 1)
    }

    @Test func conversationIsCarriedOverSeveralEventsPerUser() async throws {
        let engine = ScriptedChatEngine()
        let events: [(user: String, text: String)] = [("U-A", "uno"), ("U-A", "dos"), ("U-B", "otro"), ("U-A", "tres")]
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                for (index, event) in events.enumerated() {
                    let body = C.slackEventBody(
                        C.directMessage(text: event.text, user: event.user, ts: "1515449600.00\(index)"), eventID: "Ev-conv-\(index)")
                    #expect(try await Self.post(client, body).status == .ok)
                    _ = try await stub.waitForCalls(index + 1)
                }
            }
            let texts = await stub.calls.map { $0.json["text"] as? String ?? "" }
            #expect(texts == ["1: uno", "2: dos", "1: otro", "3: tres"])
        }
        #expect(await engine.turnCount(for: ConversationKey(channel: "slack", team: "T123ABC456", room: "D024BE91L", user: "U-A")) == 3)
    }

    @Test func acknowledgesBeforeTheEngineAnswers() async throws {
        let engine = GatedChatEngine()
        let body = C.slackEventBody(C.directMessage(text: "despacio"))
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                // The engine cannot answer until the gate opens: the 200 came without waiting for it.
                #expect(try await Self.post(client, body).status == .ok)
                #expect(await stub.calls.isEmpty)
                await engine.open()
                #expect(try await stub.waitForCalls(1).first?.json["text"] as? String == "listo: despacio")
            }
        }
    }

    @Test func offWithoutTheBotToken() async throws {
        let engine = ScriptedChatEngine()
        let body = C.slackEventBody(C.directMessage(text: "hola"))
        try await H.app(engine: engine).test(.live) { client async throws in
            #expect(try await Self.post(client, body).status == .notFound)
            // The slash command stays on with only the signing secret.
            let form = H.slackForm(text: "hola")
            let command = try await client.execute(
                uri: "/slack/commands", method: .post, headers: H.slackHeaders(body: form), body: ByteBuffer(string: form))
            #expect(command.status == .ok)
        }
        try await H.app(engine: engine, configuration: H.configuration(slack: false)).test(.live) { client async throws in
            #expect(try await Self.post(client, body).status == .notFound)
            let interaction = try await client.execute(uri: "/slack/interactions", method: .post, body: ByteBuffer(string: "payload=%7B%7D"))
            #expect(interaction.status == .notFound)
        }
        #expect(await engine.received.count == 1)
    }
}
