import ArgumentParser
import CobradorContent
import CobradorCore
import CobradorServer
import CobradorTestSupport
import Foundation
import Testing

@testable import CobradorCLI

/// How `serve` builds the server's configuration: the settings file's `chat:` section, decoded once,
/// with the environment over it; in-process through the parsed command line, then end to end.
@Suite(.ownThread) struct ServeSettingsTests {
    static func configFile(_ yaml: String) throws -> URL {
        let url = TestPaths.temporaryDirectory().appendingPathComponent("config.yml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// What `cobrador --config FILE serve` would serve with under `environment`.
    static func serve(_ yaml: String, environment: [String: String] = [:]) throws -> ServerConfiguration {
        let file = try configFile(yaml)
        let command = try CobradorCommand.parseAsRoot(["--config", file.path, "serve", "--port", "0"])
        let serve = try #require(command as? ServeCommand)
        let settings = try AppConfiguration.load(path: serve.root.config, environment: environment)
        return try ServeCommand.serverConfiguration(settings, environment: environment, language: serve.root.lang)
    }

    static let chat = """
        business:
          name: Ana Pérez Diseño
        chat:
          webhook_token: file-token
          slack_signing_secret: file-slack
          writers: [ana, U024BE7LH]
          reply_timeout_ms: 1500
          discord_application_id: 123456789012345678
          conversation_expiry_hours: 12
        """

    @Test func theChatSectionIsReadTyped() throws {
        let configuration = try Self.serve(Self.chat)
        #expect(configuration.webhookToken?.value == "file-token")
        #expect(configuration.slackSigningSecret?.value == "file-slack")
        #expect(configuration.writers == WriterAllowList(entries: ["ana", "U024BE7LH"]))
        #expect(configuration.replyTimeout == .milliseconds(1500))  // a YAML number
        #expect(configuration.discordApplicationID == "123456789012345678")
        #expect(!configuration.mattermostEnabled)
    }

    @Test func aNonBlankEnvironmentValueWinsOverTheFile() throws {
        let configuration = try Self.serve(
            Self.chat,
            environment: [
                "COBRADOR_WEBHOOK_TOKEN": "env-token", "COBRADOR_WRITERS": " ", "COBRADOR_SLACK_SIGNING_SECRET": "",
                "COBRADOR_MATTERMOST_TOKEN": "env-mm",
            ])
        #expect(configuration.webhookToken?.value == "env-token")
        #expect(configuration.slackSigningSecret?.value == "file-slack")
        #expect(configuration.writers == WriterAllowList(entries: ["ana", "U024BE7LH"]))
        #expect(configuration.mattermostTokens.map(\.value) == ["env-mm"])
        let noFile = try Self.serve("business:\n  name: Ana\n", environment: ["COBRADOR_WRITERS": "luis,@eva"])
        #expect(noFile.writers == WriterAllowList(entries: ["luis", "eva"]))
        #expect(!noFile.webhookEnabled)
    }

    @Test func aBadValueIsNamedByItsKey() throws {
        let fromFile = Self.chat.replacingOccurrences(of: "reply_timeout_ms: 1500", with: "reply_timeout_ms: soon")
        #expect(throws: ServerConfigurationError.invalidValue(key: "COBRADOR_REPLY_TIMEOUT_MS", value: "soon")) {
            try Self.serve(fromFile)
        }
        #expect(throws: ServerConfigurationError.invalidValue(key: "COBRADOR_REPLY_TIMEOUT_MS", value: "0")) {
            try Self.serve(Self.chat, environment: ["COBRADOR_REPLY_TIMEOUT_MS": "0"])
        }
        #expect(throws: ServerConfigurationError.invalidValue(key: "COBRADOR_PUBLIC_URL", value: "cobrador.example.com")) {
            try Self.serve(Self.chat + "\n  public_url: cobrador.example.com\n")
        }
        // The environment's good value stands in for the file's bad one.
        #expect(try Self.serve(fromFile, environment: ["COBRADOR_REPLY_TIMEOUT_MS": "800"]).replyTimeout == .milliseconds(800))
    }

    @Test func aSettingOfTheWrongKindNamesItsLine() throws {
        let broken = Self.chat.replacingOccurrences(of: "writers: [ana, U024BE7LH]", with: "writers: {ana: yes}")
        do {
            _ = try Self.serve(broken)
            Issue.record("must throw")
        } catch let error as CLIError {
            let (en, es) = (error.message(.en), error.message(.es))
            #expect(en.hasPrefix("Invalid configuration: "))
            #expect(en.contains("config.yml:6: chat.writers: "), "\(en)")
            #expect(es.hasPrefix("Configuración no válida: "))
        }
    }

    @Test func theBinaryStopsOnABadSettingNamingIt() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("db.sqlite"))
        let valid = try Self.configFile(Self.chat)
        let envWins = try cli.run(["--config", valid.path, "serve", "--port", "0"], environment: ["COBRADOR_REPLY_TIMEOUT_MS": "soon"])
        #expect(envWins.status == 1)
        #expect(envWins.stderr == "COBRADOR_REPLY_TIMEOUT_MS: invalid value \"soon\"\n")
        let invalid = try Self.configFile(Self.chat.replacingOccurrences(of: "reply_timeout_ms: 1500", with: "reply_timeout_ms: later"))
        let blankKeepsTheFile = try cli.run(["--config", invalid.path, "serve", "--port", "0"], environment: ["COBRADOR_REPLY_TIMEOUT_MS": ""])
        #expect(blankKeepsTheFile.status == 1)
        #expect(blankKeepsTheFile.stderr == "COBRADOR_REPLY_TIMEOUT_MS: invalid value \"later\"\n")
        let mistyped = try Self.configFile(Self.chat.replacingOccurrences(of: "webhook_token: file-token", with: "webhook_token: [a, b]"))
        let out = try cli.run(["--lang", "es", "--config", mistyped.path, "serve", "--port", "0"])
        #expect(out.status == 1)
        #expect(out.stderr.hasPrefix("Configuración no válida: \(mistyped.path):4: chat.webhook_token: "), "\(out.stderr)")
    }
}
