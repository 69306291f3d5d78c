import CobradorOutbound
import CobradorServer
import Foundation
import Testing

@Suite("Native bots' configuration")
struct ChatPlatformConfigurationTests {
    typealias Key = ServerConfiguration.Key

    @Test func everyBotIsOffUntilItsSecretsAreSet() throws {
        let none = try ServerConfiguration(values: [:])
        #expect(!none.slackEventsEnabled && !none.teamsEnabled && !none.telegramEnabled && !none.discordEnabled)
        #expect(!none.mattermostActionsEnabled)
        #expect(none.slackAPIURL.absoluteString == "https://slack.com/api")
        #expect(none.telegramAPIURL.absoluteString == "https://api.telegram.org")
        #expect(none.discordAPIURL.absoluteString == "https://discord.com/api/v10")
        // Half of a pair is still off.
        #expect(!(try ServerConfiguration(values: [Key.slackBotToken: "xoxb-1"])).slackEventsEnabled)
        #expect(!(try ServerConfiguration(values: [Key.telegramBotToken: "1:a"])).telegramEnabled)
        #expect(!(try ServerConfiguration(values: [Key.mattermostToken: "t"])).mattermostActionsEnabled)
    }

    @Test func loadsFromTheEnvironmentAndTheChatSection() throws {
        let configuration = try ServerConfiguration.load(
            environment: [
                Key.slackSigningSecret: "s", Key.slackBotToken: "xoxb-env", Key.discordPublicKey: String(repeating: "ab", count: 32),
                Key.telegramAPIURL: "http://127.0.0.1:9999/",
            ],
            fileSettings: [
                "slack_bot_token": "xoxb-file", "teams_security_token": "dGVzdA==", "telegram_bot_token": "1:a",
                "telegram_secret_token": "abc_DEF-1", "discord_application_id": "42", "public_url": "https://c.example/",
                "mattermost_token": "mm",
            ])
        #expect(configuration.slackBotToken?.value == "xoxb-env")
        #expect(configuration.slackEventsEnabled && configuration.teamsEnabled && configuration.telegramEnabled)
        #expect(configuration.discordEnabled && configuration.mattermostActionsEnabled)
        #expect(configuration.discordPublicKey == Array(repeating: 0xab, count: 32))
        #expect(configuration.discordApplicationID == "42")
        #expect(configuration.telegramAPIURL.absoluteString == "http://127.0.0.1:9999")
        #expect(configuration.publicURL?.absoluteString == "https://c.example")
        // The log line names the bots that are on, never a secret.
        #expect(configuration.description.hasSuffix(" slack_events=on mattermost_buttons=on teams=on telegram=on discord=on"))
        #expect(!configuration.description.contains("xoxb"))
    }

    @Test(arguments: [
        (Key.teamsSecurityToken, "not base64!"),
        (Key.discordPublicKey, "abcd"),
        (Key.discordPublicKey, String(repeating: "zz", count: 32)),
        (Key.telegramSecretToken, "has spaces"),
        (Key.slackAPIURL, "ftp://slack.example"),
        (Key.publicURL, "cobrador.example.com"),
    ])
    func aValueThatCannotWorkStopsTheStart(key: String, value: String) {
        #expect(throws: ServerConfigurationError.self) { try ServerConfiguration(values: [key: value]) }
    }

    @Test func errorsNeverShowASecret() {
        do {
            _ = try ServerConfiguration(values: [Key.teamsSecurityToken: "s3cr3t!"])
            Issue.record("must throw")
        } catch {
            #expect(!"\(error)".contains("s3cr3t"))
        }
    }
}
