import CobradorServer
import CobradorStore
import CobradorTestSupport
import Crypto
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `cobrador serve` binary with every native bot on, its platform APIs a stub on 127.0.0.1,
/// and requests signed the way each platform signs them, against the real clock.
@Suite(.serialized, .ownThread) struct BinaryChatBotsTests {
    typealias C = ChatHarness

    static func request(_ base: URL, _ path: String, body: String, headers: [String: String]) -> URLRequest {
        var request = URLRequest(url: base.appendingPathComponent(path))
        request.httpMethod = "POST"
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(body.utf8)
        return request
    }

    @Test func everyBotAnswersThroughTheBinary() async throws {
        try await PlatformAPIStub.run { api, stub in
            let db = try CLIRunner.withFixture().database
            let (process, base) = try await BinaryServeTests.launch(
                db: db,
                secrets: [
                    "COBRADOR_SLACK_SIGNING_SECRET": ServerHarness.slackSecret, "COBRADOR_SLACK_BOT_TOKEN": C.slackBotToken,
                    "COBRADOR_SLACK_API_URL": api.appendingPathComponent("api").absoluteString,
                    "COBRADOR_TEAMS_SECURITY_TOKEN": C.teamsToken,
                    "COBRADOR_TELEGRAM_BOT_TOKEN": C.telegramToken, "COBRADOR_TELEGRAM_SECRET_TOKEN": C.telegramSecret,
                    "COBRADOR_TELEGRAM_API_URL": api.absoluteString,
                    "COBRADOR_DISCORD_PUBLIC_KEY": C.discordPublicKey,
                    "COBRADOR_DISCORD_API_URL": api.appendingPathComponent("discord").absoluteString,
                    "COBRADOR_WRITERS": "U-WRITER",
                ])
            defer { if process.isRunning { process.terminate() } }
            let now = Int(Date().timeIntervalSince1970)

            // Slack: the challenge, then a direct message answered through chat.postMessage.
            let challenge = SlackEventsTests.documentedChallenge
            let verified = try await BinaryServeTests.send(
                Self.request(base, "slack/events", body: challenge, headers: Self.slack(challenge, now)))
            #expect(String(decoding: verified.body, as: UTF8.self) == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P")
            let dm = C.slackEventBody(C.directMessage(text: "¿quién me debe?", user: "U-WRITER"), eventID: "Ev-binary")
            #expect(try await BinaryServeTests.send(Self.request(base, "slack/events", body: dm, headers: Self.slack(dm, now))).status == 200)
            let stale = try await BinaryServeTests.send(Self.request(base, "slack/events", body: dm, headers: Self.slack(dm, now - 600)))
            #expect(stale.status == 401)
            let posted = try await stub.waitForCalls(1)
            #expect(posted.first?.path == "/api/chat.postMessage")
            #expect((posted.first?.json["text"] as? String)?.contains("Te deben 8 clientes") == true)
            #expect((posted.first?.json["blocks"] as? [[String: Any]])?.first?["type"] as? String == "header")

            // Teams: Microsoft's example activity with its signature, answered in the body.
            let teams = try await BinaryServeTests.send(
                Self.request(
                    base, "teams", body: TeamsTests.documentedActivity,
                    headers: [
                        "Content-Type": "application/json", "Authorization": TeamsTests.documentedAuthorization,
                    ]))
            #expect(teams.status == 200)
            #expect((teams.json["text"] as? String)?.contains("8 clients owe you money") == true)

            // Discord: PING and the slash command, signed now.
            let ping = try await BinaryServeTests.send(
                Self.request(base, "discord/interactions", body: DiscordTests.ping, headers: Self.discord(DiscordTests.ping, now)))
            #expect(ping.json["type"] as? Int == 1)
            let command = DiscordTests.command("who owes me?")
            let answered = try await BinaryServeTests.send(
                Self.request(base, "discord/interactions", body: command, headers: Self.discord(command, now)))
            #expect(answered.json["type"] as? Int == 4)
            let forged = try await BinaryServeTests.send(
                Self.request(base, "discord/interactions", body: command, headers: Self.discord(command + " ", now)))
            #expect(forged.status == 401)

            // Telegram: a private message answered with sendMessage.
            let update = TelegramTests.privateMessage("¿quién me debe?")
            let headers = ["Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": C.telegramSecret]
            #expect(try await BinaryServeTests.send(Self.request(base, "telegram", body: update, headers: headers)).status == 200)
            _ = try await stub.waitForCalls(2)
            let sent = await stub.calls(endingWith: "/sendMessage")
            #expect((sent.first?.json["text"] as? String)?.contains("Te deben 8 clientes") == true)

            // Mattermost buttons are off without COBRADOR_PUBLIC_URL.
            #expect(try await BinaryServeTests.send(Self.request(base, "mattermost/actions", body: "{}", headers: [:])).status == 404)

            process.terminate()
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
            #expect(process.terminationStatus == 0)
        }
    }

    static func slack(_ body: String, _ timestamp: Int) -> [String: String] {
        [
            "Content-Type": "application/json", "X-Slack-Request-Timestamp": String(timestamp),
            "X-Slack-Signature": ServerHarness.slackSignature(body: body, timestamp: String(timestamp)),
        ]
    }

    static func discord(_ body: String, _ timestamp: Int) -> [String: String] {
        let key = try! Curve25519.Signing.PrivateKey(rawRepresentation: C.discordSeed)
        let signature = try! key.signature(for: Array(String(timestamp).utf8) + Array(body.utf8))
        return [
            "Content-Type": "application/json", "X-Signature-Timestamp": String(timestamp),
            "X-Signature-Ed25519": signature.map { String(format: "%02x", $0) }.joined(),
        ]
    }
}
