import CobradorServer
import Foundation
import Testing

@Suite("Server configuration")
struct ServerConfigurationTests {
    @Test func readsTheEnvironment() throws {
        let configuration = try ServerConfiguration.load(environment: [
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

    @Test func fileIsReadAndTheEnvironmentWins() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cobrador-\(UUID().uuidString).env")
        try """
        # cobrador serve
        export COBRADOR_WEBHOOK_TOKEN="from-file"
        COBRADOR_SLACK_SIGNING_SECRET = 'file-slack'

        COBRADOR_WRITERS=*
        COBRADOR_DB=/tmp/other-setting-is-ignored
        """.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let configuration = try ServerConfiguration.load(
            environment: ["COBRADOR_SLACK_SIGNING_SECRET": "env-slack", "COBRADOR_WRITERS": ""],
            configFile: url.path
        )
        #expect(configuration.webhookToken?.value == "from-file")
        #expect(configuration.slackSigningSecret?.value == "env-slack")
        #expect(configuration.writers == .everyone)  // the empty environment value does not override
        #expect(configuration.mattermostEnabled == false)
    }

    @Test func settingsFromTheCLIsYAMLChatSectionMergeUnderTheEnvironment() throws {
        let configuration = try ServerConfiguration.load(
            environment: ["COBRADOR_WEBHOOK_TOKEN": "env-token"],
            fileSettings: [
                "slack_signing_secret": "yaml-slack", "webhook_token": "yaml-token", "writers": "ana,U024BE7LH",
                "mattermost_token": "mm",
            ]
        )
        #expect(configuration.slackSigningSecret?.value == "yaml-slack")
        #expect(configuration.webhookToken?.value == "env-token")
        #expect(configuration.mattermostTokens.map(\.value) == ["mm"])
        #expect(configuration.writers == WriterAllowList(entries: ["ana", "U024BE7LH"]))
        #expect(ServerConfiguration.settingName(of: ServerConfiguration.Key.slackSigningSecret) == "slack_signing_secret")
    }

    @Test func malformedFileLineIsReportedWithItsNumber() {
        #expect(throws: ServerConfigurationError.malformedLine(path: "x.env", line: 2)) {
            try ConfigurationFile.parse("A=1\nthis is not a setting\n", path: "x.env")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: ServerConfigurationError.self) {
            try ServerConfiguration.load(environment: [:], configFile: "/nonexistent/cobrador.env")
        }
    }

    @Test func invalidTimeoutIsAnError() {
        #expect(throws: ServerConfigurationError.invalidValue(key: "COBRADOR_REPLY_TIMEOUT_MS", value: "soon")) {
            try ServerConfiguration.load(environment: ["COBRADOR_REPLY_TIMEOUT_MS": "soon"])
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
        let configuration = try ServerConfiguration(values: ["COBRADOR_SLACK_IN_CHANNEL_INTENTS": "agenda, digest"])
        #expect(configuration.inChannelIntents == ["agenda", "digest"])
        #expect(ServerConfiguration().inChannelIntents.contains("who_owes"))
    }
}
