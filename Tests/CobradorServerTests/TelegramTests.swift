import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /telegram")
struct TelegramTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    static let sendPath = "/bot7777:AAH-test_token/sendMessage"
    static let answerPath = "/bot7777:AAH-test_token/answerCallbackQuery"

    /// A private-chat update as Telegram's documentation shows one.
    static func privateMessage(_ text: String, update: Int = 10000, user: Int = 1_111_111, entities: String? = nil) -> String {
        let entityField = entities.map { #","entities":\#($0)"# } ?? ""
        return """
            {"update_id":\(update),"message":{"date":1441645532,"chat":{"last_name":"Test Lastname","id":\(user),"type":"private",\
            "first_name":"Test Firstname","username":"Testusername"},"message_id":1365,"from":{"last_name":"Test Lastname","id":\(user),\
            "is_bot":false,"first_name":"Test Firstname","username":"Testusername","language_code":"es"},"text":\(C.jsonString(text))\(entityField)}}
            """
    }

    static func groupMessage(_ text: String, update: Int, entities: String? = nil, replyToBot: Bool = false) -> String {
        let entityField = entities.map { #","entities":\#($0)"# } ?? ""
        let reply =
            replyToBot
            ? #"""
            ,"reply_to_message":{"message_id":40,"from":{"id":7777,"is_bot":true,"first_name":"cobrador",
            "username":"cobrador_bot"},"chat":{"id":-100123,"type":"supergroup"},"date":1441645500,"text":"¿Lo confirmo?"}
            """#.replacingOccurrences(of: "\n", with: "")
            : ""
        return """
            {"update_id":\(update),"message":{"message_id":55,"from":{"id":2222,"is_bot":false,"first_name":"Ana","username":"ana",\
            "language_code":"es"},"chat":{"id":-100123,"title":"Cobros","type":"supergroup"},"date":1441645532,\
            "text":\(C.jsonString(text))\(entityField)\(reply)}}
            """
    }

    static func callback(data: String, update: Int, user: Int = 1_111_111) -> String {
        """
        {"update_id":\(update),"callback_query":{"id":"4382bfdwdsb323b2d9","from":{"id":\(user),"is_bot":false,\
        "first_name":"Test Firstname","username":"Testusername","language_code":"es"},"message":{"message_id":1366,\
        "from":{"id":7777,"is_bot":true,"first_name":"cobrador","username":"cobrador_bot"},"chat":{"id":\(user),"type":"private"},\
        "date":1441645600,"text":"¿Lo confirmo?"},"chat_instance":"-1234567890","data":\(C.jsonString(data))}}
        """
    }

    static func post(_ client: some TestClientProtocol, _ body: String, secret: String? = C.telegramSecret) async throws -> TestResponse {
        try await client.execute(
            uri: "/telegram", method: .post, headers: C.telegramHeaders(secret: secret), body: ByteBuffer(string: body))
    }

    @Test func privateMessageIsAnsweredWithHTMLAndAnInlineKeyboard() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, Self.privateMessage("¿quién me debe?"))
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            #expect(call.path == Self.sendPath)
            #expect(call.headers["content-type"] == "application/json; charset=utf-8")
            let expected = #"""
                {"chat_id":1111111,"link_preview_options":{"is_disabled":true},"parse_mode":"HTML",
                "reply_markup":{"inline_keyboard":[[{"callback_data":"0:estado de Acme S.L.","text":"Ver estado de Acme S.L."}]]},
                "text":"<b>Te deben 2 clientes</b>\n\n<pre>• Acme S.L.   1.650,00 €  2 facturas\n• Globex       200,00 €  1 factura</pre>
                \n\nTotal pendiente: 1.850,00 €\n\n<i>(Si me he equivocado, escribe «deshaz».)</i>"}
                """#
            #expect(JSONText.canonical(call.body) == JSONText.canonical(expected.replacingOccurrences(of: "\n", with: "")))
        }
        let received = await engine.received
        #expect(received.map(\.text) == ["¿quién me debe?"])
        #expect(received.first?.conversation == ConversationKey(channel: "telegram", room: "1111111", user: "1111111"))
    }

    @Test func dataIsEscapedSoNothingPingsOrLinks() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, Self.privateMessage(#"<a href="https://evil.example">x</a> @ana & co"#))
                #expect(response.status == .ok)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            #expect(call.json["text"] as? String == "1: &lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt; @\u{200B}ana &amp; co")
        }
    }

    @Test func forgedMissingAndValidSecretTokens() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let body = Self.privateMessage("hola")
                let forged = try await Self.post(client, body, secret: "tg-secret_124")
                #expect(forged.status == .unauthorized)
                #expect(H.errorMessage(forged) == "Invalid Telegram secret token.")
                #expect(try await Self.post(client, body, secret: nil).status == .unauthorized)
                #expect(try await Self.post(client, "{not json", secret: C.telegramSecret).status == .badRequest)
                #expect(try await Self.post(client, body).status == .ok)
            }
            #expect(try await stub.waitForCalls(1).count == 1)
        }
        #expect(await engine.received.count == 1)
    }

    @Test func aRepeatedUpdateIsAnsweredOnce() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let body = Self.privateMessage("Acme pagó 450 €", update: 500)
                for _ in 0..<3 { #expect(try await Self.post(client, body).status == .ok) }
                #expect(try await Self.post(client, Self.privateMessage("hola", update: 501)).status == .ok)
            }
            _ = try await stub.waitForCalls(2)
            try await Task.sleep(for: .milliseconds(200))
            #expect(await stub.calls.map { $0.json["text"] as? String } == ["1: Acme pagó 450 €", "2: hola"])
        }
        #expect(await engine.received.count == 2)
    }

    @Test func groupsAnswerOnlyMentionsRepliesAndTheCommand() async throws {
        let engine = ScriptedChatEngine()
        let mention = #"[{"offset":0,"length":13,"type":"mention"}]"#
        let command = #"[{"offset":0,"length":9,"type":"bot_command"}]"#
        let otherBot = #"[{"offset":0,"length":15,"type":"bot_command"}]"#
        let addressed = #"[{"offset":0,"length":22,"type":"bot_command"}]"#
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let updates = [
                    Self.groupMessage("hola a todos", update: 1),
                    Self.groupMessage("/start@OtherBot", update: 2, entities: otherBot),
                    Self.groupMessage("@cobrador_bot ¿quién me debe?", update: 3, entities: mention),
                    Self.groupMessage("sí", update: 4, replyToBot: true),
                    Self.groupMessage("/cobrador estado de Acme", update: 5, entities: command),
                    Self.groupMessage("/cobrador@cobrador_bot ayuda", update: 6, entities: addressed),
                ]
                for update in updates {
                    #expect(try await Self.post(client, update).status == .ok)
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            let deadline = ContinuousClock.now + .seconds(10)
            while await stub.calls(endingWith: "/sendMessage").count < 4, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let sends = await stub.calls(endingWith: "/sendMessage")
            #expect(sends.count == 4)
            // In a group the answer replies to the message that asked.
            #expect(
                JSONText.canonical(try JSONSerialization.data(withJSONObject: sends.first?.json["reply_parameters"] ?? [:]))
                    == JSONText.canonical(#"{"allow_sending_without_reply":true,"message_id":55}"#))
            #expect(await stub.calls(endingWith: "/getMe").count == 1)
        }
        #expect(await engine.received.map(\.text) == ["¿quién me debe?", "sí", "estado de Acme", "ayuda"])
        #expect(Set(await engine.received.map(\.conversation)) == [ConversationKey(channel: "telegram", room: "-100123", user: "2222")])
    }

    @Test func aButtonPressIsAnsweredAndRunsAsTheNextTurn() async throws {
        let engine = ScriptedChatEngine(script: ButtonScripts.script)
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                #expect(try await Self.post(client, Self.privateMessage("Acme pagó 450", update: 20)).status == .ok)
                let keyboard = try #require(try await stub.waitForCalls(1).first?.json["reply_markup"])
                #expect(
                    JSONText.canonical(try JSONSerialization.data(withJSONObject: keyboard))
                        == JSONText.canonical(
                            #"{"inline_keyboard":[[{"callback_data":"0:sí","text":"Sí"},{"callback_data":"1:no","text":"No"}]]}"#))
                #expect(try await Self.post(client, Self.callback(data: "0:sí", update: 21)).status == .ok)
                _ = try await stub.waitForCalls(3)
            }
            let calls = await stub.calls
            #expect(calls.map(\.path) == [Self.sendPath, Self.answerPath, Self.sendPath])
            #expect(JSONText.canonical(calls[1].body) == JSONText.canonical(#"{"callback_query_id":"4382bfdwdsb323b2d9"}"#))
            #expect(calls[2].json["text"] as? String == "2: sí")
        }
        #expect(await engine.received.map(\.text) == ["Acme pagó 450", "sí"])
    }

    @Test func aForgottenButtonOnlyGetsANotice() async throws {
        let engine = ScriptedChatEngine()
        try await PlatformAPIStub.run { api, stub in
            try await C.app(engine: engine, configuration: C.configuration(api: api)).test(.live) { client async throws in
                let response = try await Self.post(client, Self.callback(data: "0#0123456789abcdef01234567", update: 30))
                #expect(response.status == .ok)
            }
            let call = try #require(try await stub.waitForCalls(1).first)
            #expect(call.path == Self.answerPath)
            #expect(
                JSONText.canonical(call.body)
                    == JSONText.canonical(#"{"callback_query_id":"4382bfdwdsb323b2d9","text":"Este botón ha caducado: escríbelo con palabras."}"#))
        }
        #expect(await engine.received.isEmpty)
    }

    @Test func offWithoutBothTokens() async throws {
        let engine = ScriptedChatEngine()
        try await H.app(engine: engine).test(.live) { client async throws in
            let response = try await Self.post(client, Self.privateMessage("hola"))
            #expect(response.status == .notFound)
        }
        #expect(await engine.received.isEmpty)
    }
}
