import CobradorServer
import Foundation
import Testing

@Suite("Server configuration")
struct ServerConfigurationTests {
    /// The environment alone, as `serve` reads it when the settings file has no `chat:` section.
    static func fromEnvironment(_ environment: [String: String]) throws(ServerConfigurationError) -> ServerConfiguration {
        try ServerConfiguration(settings: ServerSettings().overridden(by: environment))
    }

    /// A `chat:` section as the settings file gives it, through JSON here: the type is plain `Decodable`
    /// (the CLI's tests read it from YAML, where a number reads as text too).
    static func chatSection(_ json: String) throws -> ServerSettings {
        try JSONDecoder().decode(ServerSettings.self, from: Data(json.utf8))
    }

    @Test func readsTheEnvironment() throws {
        let configuration = try Self.fromEnvironment([
            "COBRADOR_SLACK_SIGNING_SECRET": "slack-secret",
            "COBRADOR_MATTERMOST_TOKEN": "tok1, tok2",
            "COBRADOR_WEBHOOK_TOKEN": "  ",
            "COBRADOR_WRITERS": "U1, @ana",
            "COBRADOR_REPLY_TIMEOUT_MS": "1500",
        ])
        #expect(configuration.slackSigningSecret?.value == "slack-secret")
        #expect(configuration.mattermostTokens.map(\.value) == ["tok1", "tok2"])
        #expect(configuration.webhookToken == nil)  // blank: disabled
        #expect(configuration.webhookEnabled == false)
        #expect(configuration.writers.allows(userID: "U1", userName: nil))
        #expect(configuration.writers.allows(userID: "U9", userName: "Ana"))
        #expect(!configuration.writers.allows(userID: "U9", userName: "bob"))
        #expect(configuration.replyTimeout == .milliseconds(1500))
    }

    @Test func theChatSectionIsReadByItsShortNames() throws {
        let section = try Self.chatSection(
            """
            {"slack_signing_secret": "yaml-slack", "webhook_token": "yaml-token", "writers": ["ana", "U024BE7LH"],
             "mattermost_token": "mm", "reply_timeout_ms": "1500", "discord_application_id": "123456789012345678",
             "conversation_expiry_hours": 12, "COBRADOR_TELEGRAM_BOT_TOKEN": "not a short name"}
            """)
        var expected = ServerSettings()
        expected.slackSigningSecret = "yaml-slack"
        expected.webhookToken = "yaml-token"
        expected.writers = ["ana", "U024BE7LH"]
        expected.mattermostToken = "mm"
        expected.replyTimeoutMilliseconds = "1500"  // text: checked where the environment's value is
        expected.discordApplicationID = "123456789012345678"
        #expect(section == expected)  // the engine's setting and an environment name are not the server's
        #expect(ServerSettings.settingName(of: ServerConfiguration.Key.slackSigningSecret) == "slack_signing_secret")
    }

    @Test func aSettingOfTheWrongKindIsAnErrorNamingIt() {
        #expect(throws: DecodingError.self) { try Self.chatSection(#"{"writers": {"ana": true}}"#) }
        #expect(throws: DecodingError.self) { try Self.chatSection(#"{"webhook_token": ["a", "b"]}"#) }
    }

    @Test func theEnvironmentWinsOverTheFileUnlessItIsBlank() throws {
        let section = try Self.chatSection(
            #"{"webhook_token": "from-file", "slack_signing_secret": "file-slack", "writers": ["*"], "reply_timeout_ms": "900"}"#)
        let configuration = try ServerConfiguration(
            settings: section.overridden(by: [
                "COBRADOR_SLACK_SIGNING_SECRET": "env-slack", "COBRADOR_WRITERS": "", "COBRADOR_REPLY_TIMEOUT_MS": " \t",
                "COBRADOR_MATTERMOST_TOKEN": "env-mm", "COBRADOR_DB": "/tmp/not-a-server-setting",
            ]))
        #expect(configuration.webhookToken?.value == "from-file")
        #expect(configuration.slackSigningSecret?.value == "env-slack")
        #expect(configuration.writers == .everyone)  // the empty environment value does not override
        #expect(configuration.replyTimeout == .milliseconds(900))
        #expect(configuration.mattermostTokens.map(\.value) == ["env-mm"])
        // A list in the file, a comma-separated variable: the same allow-list.
        let fromEnvironment = try Self.fromEnvironment(["COBRADOR_WRITERS": "ana, U024BE7LH"])
        let fromFile = try ServerConfiguration(settings: Self.chatSection(#"{"writers": ["ana", "U024BE7LH"]}"#))
        #expect(fromEnvironment.writers == fromFile.writers)
        #expect(fromFile.writers == WriterAllowList(entries: ["ana", "U024BE7LH"]))
    }

    @Test func anInvalidValueIsNamedByItsEnvironmentKeyWhereverItCameFrom() throws {
        let invalid = ServerConfigurationError.invalidValue(key: "COBRADOR_REPLY_TIMEOUT_MS", value: "soon")
        #expect(throws: invalid) { try Self.fromEnvironment(["COBRADOR_REPLY_TIMEOUT_MS": "soon"]) }
        let file = try Self.chatSection(#"{"reply_timeout_ms": "soon"}"#)
        #expect(throws: invalid) { try ServerConfiguration(settings: file) }
        #expect("\(invalid)" == #"COBRADOR_REPLY_TIMEOUT_MS: invalid value "soon""#)
        // The environment's valid value replaces the file's invalid one, and the other way round.
        #expect(try ServerConfiguration(settings: file.overridden(by: ["COBRADOR_REPLY_TIMEOUT_MS": "1500"])).replyTimeout == .milliseconds(1500))
        #expect(throws: ServerConfigurationError.invalidValue(key: "COBRADOR_REPLY_TIMEOUT_MS", value: "0")) {
            try ServerConfiguration(settings: Self.chatSection(#"{"reply_timeout_ms": "2500"}"#).overridden(by: ["COBRADOR_REPLY_TIMEOUT_MS": "0"]))
        }
    }

    @Test func secretsNeverPrint() throws {
        let configuration = ServerConfiguration(
            slackSigningSecret: "s3cr3t-slack",
            mattermostTokens: ["s3cr3t-mm"],
            webhookToken: "s3cr3t-hook",
            writers: .everyone
        )
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [
            configuration.description, "\(configuration)", String(reflecting: configuration), dumped,
            "\(configuration.slackSigningSecret!)", String(reflecting: configuration.webhookToken!),
        ] {
            #expect(!text.contains("s3cr3t"), "\(text)")
        }
        #expect(configuration.description == "slack=on mattermost=on webhook=on writers=*")
    }

    @Test func inChannelIntentsCanBeConfigured() throws {
        let configuration = try Self.fromEnvironment(["COBRADOR_SLACK_IN_CHANNEL_INTENTS": "agenda, digest"])
        #expect(configuration.inChannelIntents == ["agenda", "digest"])
        #expect(ServerConfiguration().inChannelIntents.contains("who_owes"))
    }
}
