import CobradorBot
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The real bot (parser, templates, ledger on a fixture) behind every native bot: a payment that
/// needs confirming ("Acme pagó 500 €" spreads over two invoices) is confirmed by pressing "Sí",
/// and a user who may not write gets the same refusal from a button as from words.
@Suite("Buttons confirm a payment end to end")
struct ButtonPaymentFlowTests {
    typealias H = ServerHarness
    typealias C = ChatHarness

    static let writers = "U-WRITER, ana, 1111111"

    static func texts(_ calls: [PlatformAPIStub.Call]) -> [String] {
        calls.map { $0.json["text"] as? String ?? $0.json["content"] as? String ?? "" }
    }

    @Test func slackEventThenSiButtonRecordsThePayment() async throws {
        let (bot, _) = try TestBot.make()
        try await PlatformAPIStub.run { api, stub in
            let configuration = C.configuration(api: api, writers: Self.writers)
            try await C.app(engine: bot, configuration: configuration).test(.live) { client async throws in
                func dm(_ text: String, _ index: Int) async throws {
                    let body = C.slackEventBody(
                        C.directMessage(text: text, user: "U-WRITER", ts: "1515449600.00\(index)"), eventID: "Ev-flow-\(index)")
                    #expect(try await SlackEventsTests.post(client, body).status == .ok)
                    _ = try await stub.waitForCalls(index + 1)
                }
                try await dm("Acme pagó 500 €", 0)
                let press = C.blockActionsBody(
                    value: "sí", user: "U-WRITER", channel: "D024BE91L", responseURL: api.appendingPathComponent("actions/9").absoluteString)
                #expect(try await SlackInteractionsTests.press(client, press).status == .ok)
                _ = try await stub.waitForCalls(2)
                try await dm("¿cuánto me debe Acme?", 2)
            }
            let calls = await stub.calls
            let texts = Self.texts(calls)
            #expect(texts[0].contains("¿Lo confirmo?"))
            #expect(calls[1].path == "/actions/9")
            #expect(calls[1].json["replace_original"] as? Bool == true)
            #expect(texts[1].contains("pago de Acme S.L. (500,00 €") && texts[1].contains("deshaz"))
            #expect(texts[2].contains("te debe 1.150,00 €"))
        }
    }

    @Test func aReaderPressingAButtonGetsThePoliteRefusalAndNothingChanges() async throws {
        let (bot, _) = try TestBot.make()
        try await PlatformAPIStub.run { api, stub in
            let configuration = C.configuration(api: api, writers: Self.writers)
            try await C.app(engine: bot, configuration: configuration).test(.live) { client async throws in
                let press = C.blockActionsBody(
                    value: "Acme pagó 1.650 €", user: "U-READER", responseURL: api.appendingPathComponent("actions/r").absoluteString)
                #expect(try await SlackInteractionsTests.press(client, press).status == .ok)
                _ = try await stub.waitForCalls(1)
                let ask = C.slackEventBody(C.directMessage(text: "Acme pagó 1.650 €", user: "U-READER"), eventID: "Ev-reader")
                #expect(try await SlackEventsTests.post(client, ask).status == .ok)
                _ = try await stub.waitForCalls(2)
                let status = C.slackEventBody(C.directMessage(text: "estado de Acme", user: "U-WRITER"), eventID: "Ev-status")
                #expect(try await SlackEventsTests.post(client, status).status == .ok)
                _ = try await stub.waitForCalls(3)
            }
            let texts = Self.texts(await stub.calls)
            #expect(texts[0].contains("solo puedo consultar"))
            // The button and the words get the same answer.
            #expect(texts[0] == texts[1])
            #expect(texts[2].contains("te debe 1.650,00 €"))
        }
    }

    @Test func telegramKeyboardPressConfirms() async throws {
        let (bot, _) = try TestBot.make()
        try await PlatformAPIStub.run { api, stub in
            let configuration = C.configuration(api: api, writers: Self.writers)
            try await C.app(engine: bot, configuration: configuration).test(.live) { client async throws in
                #expect(try await TelegramTests.post(client, TelegramTests.privateMessage("Acme pagó 500 €", update: 1)).status == .ok)
                _ = try await stub.waitForCalls(1)
                #expect(try await TelegramTests.post(client, TelegramTests.callback(data: "0:sí", update: 2)).status == .ok)
                _ = try await stub.waitForCalls(3)
                #expect(try await TelegramTests.post(client, TelegramTests.privateMessage("¿cuánto me debe Acme?", update: 3)).status == .ok)
                _ = try await stub.waitForCalls(4)
            }
            let sends = await stub.calls(endingWith: "/sendMessage")
            let texts = Self.texts(sends)
            #expect(texts[0].contains("¿Lo confirmo?"))
            #expect(texts[1].contains("500,00 €") && texts[1].contains("deshaz"))
            #expect(texts[2].contains("te debe 1.150,00 €"))
        }
    }

    @Test func discordButtonConfirms() async throws {
        let (bot, _) = try TestBot.make()
        try await PlatformAPIStub.run { api, _ in
            let configuration = C.configuration(api: api, writers: Self.writers)
            try await C.app(engine: bot, configuration: configuration).test(.live) { client async throws in
                let asked = try await DiscordTests.post(client, DiscordTests.command("Acme pagó 500 €"))
                #expect(String(buffer: asked.body).contains("¿Lo confirmo?"))
                let confirmed = try await DiscordTests.post(client, DiscordTests.button("0:sí"))
                let json = (try JSONSerialization.jsonObject(with: Data(confirmed.body.readableBytesView))) as? [String: Any]
                #expect(json?["type"] as? Int == 7)
                #expect(((json?["data"] as? [String: Any])?["content"] as? String)?.contains("deshaz") == true)
                let status = try await DiscordTests.post(client, DiscordTests.command("¿cuánto me debe Acme?"))
                #expect(String(buffer: status.body).contains("te debe 1.150,00 €"))
            }
        }
    }

    @Test func mattermostButtonConfirms() async throws {
        let (bot, _) = try TestBot.make()
        try await PlatformAPIStub.run { api, _ in
            let configuration = C.configuration(api: api, writers: "luis")
            try await C.app(engine: bot, configuration: configuration).test(.live) { client async throws in
                let form = MattermostButtonsTests.webhookForm.replacingOccurrences(of: "pag%C3%B3+450", with: "pag%C3%B3+500+%E2%82%AC")
                let response = try await client.execute(
                    uri: "/mattermost", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: form))
                let reply = (try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
                #expect((reply["text"] as? String)?.contains("¿Lo confirmo?") == true)
                // The real bot fills no actions yet: the button it would offer is made here, signed as serve signs it.
                let signer = MattermostTestButtons.context(for: "sí", configuration: configuration)
                let pressed = try await MattermostButtonsTests.press(client, context: signer)
                let update = (try JSONSerialization.jsonObject(with: Data(pressed.body.readableBytesView))) as? [String: Any] ?? [:]
                #expect(((update["update"] as? [String: Any])?["message"] as? String)?.contains("deshaz") == true)
            }
        }
    }
}
