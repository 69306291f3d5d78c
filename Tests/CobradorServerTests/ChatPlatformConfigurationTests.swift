import CobradorOutbound
import Foundation
import Testing

@testable import CobradorServer

@Suite("Native bots' configuration")
struct ChatPlatformConfigurationTests {
    typealias Key = ServerConfiguration.Key

    /// The configuration of these variables alone, as `serve` builds it without a `chat:` section.
    static func configuration(_ environment: [String: String]) throws(ServerConfigurationError) -> ServerConfiguration {
        try ServerConfiguration(settings: ServerSettings().overridden(by: environment))
    }

    @Test func everyBotIsOffUntilItsSecretsAreSet() throws {
        let none = try Self.configuration([:])
        #expect(!none.slackEventsEnabled && !none.teamsEnabled && !none.telegramEnabled && !none.discordEnabled)
        #expect(!none.mattermostActionsEnabled)
        #expect(none.slackAPIURL.absoluteString == "https://slack.com/api")
        #expect(none.telegramAPIURL.absoluteString == "https://api.telegram.org")
        #expect(none.discordAPIURL.absoluteString == "https://discord.com/api/v10")
        // Half of a pair is still off.
        #expect(!(try Self.configuration([Key.slackBotToken: "xoxb-1"])).slackEventsEnabled)
        #expect(!(try Self.configuration([Key.telegramBotToken: "1:a"])).telegramEnabled)
        #expect(!(try Self.configuration([Key.mattermostToken: "t"])).mattermostActionsEnabled)
    }

    @Test func loadsFromTheEnvironmentAndTheChatSection() throws {
        var section = ServerSettings()
        section.slackBotToken = "xoxb-file"
        section.teamsSecurityToken = "dGVzdA=="
        section.telegramBotToken = "1:a"
        section.telegramSecretToken = "abc_DEF-1"
        section.discordApplicationID = "42"
        section.publicURL = "https://c.example/"
        section.mattermostToken = "mm"
        let configuration = try ServerConfiguration(
            settings: section.overridden(by: [
                Key.slackSigningSecret: "s", Key.slackBotToken: "xoxb-env", Key.discordPublicKey: String(repeating: "ab", count: 32),
                Key.telegramAPIURL: "http://127.0.0.1:9999/",
            ]))
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
        #expect(throws: ServerConfigurationError.self) { try Self.configuration([key: value]) }
        // The same value from the settings file's `chat:` section is refused alike, named by the same key.
        var section = ServerSettings()
        let field = ServerSettings.textSettings.first { $0.name == key }!.field
        section[keyPath: field] = value
        do {
            _ = try ServerConfiguration(settings: section)
            Issue.record("must throw")
        } catch {
            #expect("\(error)".hasPrefix("\(key): invalid value"))
        }
    }

    @Test func errorsNeverShowASecret() {
        do {
            _ = try Self.configuration([Key.teamsSecurityToken: "s3cr3t!"])
            Issue.record("must throw")
        } catch {
            #expect(!"\(error)".contains("s3cr3t"))
        }
    }
}
