import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /discord/interactions")
struct DiscordTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    /// A PING as Discord sends it, signed apart from cobrador: `openssl pkeyutl -sign -rawin` over
    /// "1800000000" + body with the Ed25519 key of seed 00…1f.
    static let ping =
        #"{"application_id":"123456789012345678","id":"987654321098765432","token":"A_UNIQUE_TOKEN","type":1,"#
        + #""user":{"id":"53908232506183680","username":"mason"},"version":1}"#
    static let pingSignature =
        "862cc6c8b1c33527a4a2cb692f4b271b17c5b1cc0e015cb3c41f7b00e4109cde17aea50646fe84a6832bd1bf79626d3ac4685279e59eb29bc85a0ceee74dd302"

    static func command(_ text: String?, user: String = "U1", name: String = "ana", token: String = "tok-abc") -> String {
        let options = text.map { #","options":[{"name":"text","type":3,"value":\#(C.jsonString($0))}]"# } ?? ""
        return """
            {"app_permissions":"442368","application_id":"123456789012345678","channel_id":"CH1",\
            "data":{"id":"1111","name":"cobrador","type":1\(options)},"guild_id":"G1","id":"2222","locale":"es-ES",\
            "member":{"user":{"id":"\(user)","username":"\(name)","global_name":"Ana"},"roles":[]},"token":"\(token)","type":2,"version":1}
            """
    }

    static func button(_ customID: String, user: String = "U1", name: String = "ana", token: String = "tok-btn") -> String {
        """
        {"application_id":"123456789012345678","channel_id":"CH1","data":{"component_type":2,"custom_id":\(C.jsonString(customID))},\
        "guild_id":"G1","id":"3333","locale":"es-ES","member":{"user":{"id":"\(user)","username":"\(name)"}},\
        "message":{"id":"4444","content":"¿Lo confirmo?","components":[]},"token":"\(token)","type":3,"version":1}
        """
    }

    static func post(_ client: some TestClientProtocol, _ body: String, headers: HTTPFields? = nil) async throws -> TestResponse {
        try await client.execute(
            uri: "/discord/interactions", method: .post, headers: headers ?? C.discordHeaders(body: body), body: ByteBuffer(string: body))
    }

    static func json(_ response: TestResponse) -> String { JSONText.canonical(Data(response.body.readableBytesView)) }

    @Test func pingSignedByDiscordGetsPong() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, _ in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let headers: HTTPFields = [
                    .contentType: "application/json", HTTPField.Name("X-Signature-Ed25519")!: Self.pingSignature,
                    HTTPField.Name("X-Signature-Timestamp")!: "1800000000",
                ]
                let response = try await Self.post(client, Self.ping, headers: headers)
                #expect(response.status == .ok)
                #expect(Self.json(response) == #"{"type":1}"#)
            }
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func forgedStaleAndValidSignatures() async throws {
        let engine = ScriptedChatEngine()
        let body = Self.command("hola")
        let now = Int(H.now.timeIntervalSince1970)
        try await PlatformAPIStub.run { api, _ in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let otherKey = try await Self.post(client, body, headers: C.discordHeaders(body: body, seed: Array(repeating: 7, count: 32)))
                #expect(otherKey.status == .unauthorized)
                #expect(H.errorMessage(otherKey) == "Invalid request signature.")
                var flipped = C.discordHeaders(body: body)
                let signature = flipped[HTTPField.Name("X-Signature-Ed25519")!]!
                flipped[HTTPField.Name("X-Signature-Ed25519")!] = (signature.first == "0" ? "1" : "0") + signature.dropFirst()
                #expect(try await Self.post(client, body, headers: flipped).status == .unauthorized)
                let tampered = body.replacingOccurrences(of: "hola", with: "Acme pagó 9")
                #expect(try await Self.post(client, tampered, headers: C.discordHeaders(body: body)).status == .unauthorized)
                #expect(try await Self.post(client, body, headers: [.contentType: "application/json"]).status == .unauthorized)
                let stale = try await Self.post(client, body, headers: C.discordHeaders(body: body, timestamp: now - 301))
                #expect(stale.status == .unauthorized)
                let valid = try await Self.post(client, body, headers: C.discordHeaders(body: body, timestamp: now - 290))
                #expect(valid.status == .ok)
            }
        }
        #expect(await engine.received.map(\.text) == ["hola"])
    }

    @Test func slashCommandIsAnsweredWithAMessageAndButtons() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, Self.command("Acme pagó 450 €"))
                #expect(response.status == .ok)
                let expected = #"""
                    {"type":4,"data":{"allowed_mentions":{"parse":[]},"flags":64,
                    "components":[{"type":1,"components":[{"custom_id":"0:sí","label":"Sí","style":1,"type":2},
                    {"custom_id":"1:no","label":"No","style":4,"type":2}]}],
                    "content":"**1: Voy a apuntar el pago de Acme & \\<!channel\\>**\n\n```\n• F-1  450,00 €\n```
                    \n\n¿Lo confirmo? \\(sí / no\\)"}}
                    """#
                #expect(Self.json(response) == JSONText.canonical(expected.replacingOccurrences(of: "\n", with: "")))
            }
            #expect(await stub.calls.isEmpty)
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["Acme pagó 450 €"])
        #expect(received.first?.conversation == ConversationKey(channel: "discord", team: "G1", room: "CH1", user: "U1"))
        #expect(received.first?.canWrite == true)
    }

    @Test func aSlowAnswerIsDeferredThenWrittenOverTheOriginal() async throws {
        let engine = ScriptedChatEngine(delay: .milliseconds(800))
        try await PlatformAPIStub.run { api, stub in
            let configuration = C.configuration(api: api, replyTimeout: .milliseconds(100))
            try await C.app(engine: engine, configuration: configuration).test(.live) { client async throws in
                let response = try await Self.post(client, Self.command("despacio"))
                #expect(Self.json(response) == #"{"data":{"flags":64},"type":5}"#)
                let press = try await Self.post(client, Self.button("0:otra vez"))
                #expect(Self.json(press) == #"{"type":6}"#)
            }
            let calls = try await stub.waitForCalls(2)
            #expect(Set(calls.map(\.method)) == ["PATCH"])
            #expect(
                Set(calls.map(\.path)) == [
                    "/discord/webhooks/123456789012345678/tok-abc/messages/@original",
                    "/discord/webhooks/123456789012345678/tok-btn/messages/@original",
                ])
            let command = try #require(calls.first { $0.path.contains("tok-abc") })
            #expect(JSONText.canonical(command.body) == JSONText.canonical(#"{"allowed_mentions":{"parse":[]},"content":"1: despacio"}"#))
        }
        #expect(await engine.received.map(\.text) == ["despacio", "otra vez"])
    }

    @Test func aButtonRunsItsWordsAndUpdatesItsMessage() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, _ in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                _ = try await Self.post(client, Self.command("Acme pagó 450 €"))
                let response = try await Self.post(client, Self.button("0:sí"))
                #expect(Self.json(response) == JSONText.canonical(#"{"type":7,"data":{"allowed_mentions":{"parse":[]},"content":"2: sí"}}"#))
                let expired = try await Self.post(client, Self.button("3#00112233445566778899aabb"))
                #expect(
                    Self.json(expired)
                        == JSONText.canonical(
                            #"{"type":4,"data":{"allowed_mentions":{"parse":[]},"#
                                + #""content":"Este botón ha caducado: escríbelo con /cobrador.","flags":64}}"#))
            }
        }
        #expect(await engine.received.map(\.text) == ["Acme pagó 450 €", "sí"])
    }

    @Test func aLongAnswerContinuesInFollowUps() async throws {
        let long = String(repeating: "línea de texto bastante larga para partir\n", count: 80)
        let engine = ScriptedChatEngine { _, _ in
            BotReply(text: long, intent: "agenda", language: .es, actions: [ButtonScripts.confirm])
        }
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, Self.command("agenda"))
                #expect(Self.json(response) == #"{"data":{"flags":64},"type":5}"#)
            }
            _ = try await stub.waitForCalls(2)
            try await Task.sleep(for: .milliseconds(200))
            let calls = await stub.calls
            #expect(calls.map(\.method) == ["PATCH", "POST"])
            #expect(calls.allSatisfy { ($0.json["content"] as? String ?? "").count <= 2000 })
            #expect(calls[0].json["components"] == nil)
            #expect((calls[1].json["components"] as? [Any])?.count == 1)
            #expect(calls[1].path == "/discord/webhooks/123456789012345678/tok-abc")
        }
    }

    @Test func offWithoutThePublicKey() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client async throws in
            let response = try await Self.post(client, Self.ping)
            #expect(response.status == .notFound)
        }
    }
}
