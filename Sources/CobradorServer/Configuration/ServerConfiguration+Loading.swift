import CobradorCore
import Foundation

extension ServerConfiguration {
    /// The keys read from the environment and the configuration file.
    public enum Key {
        public static let slackSigningSecret = "COBRADOR_SLACK_SIGNING_SECRET"
        public static let mattermostToken = "COBRADOR_MATTERMOST_TOKEN"
        public static let webhookToken = "COBRADOR_WEBHOOK_TOKEN"
        public static let writers = "COBRADOR_WRITERS"
        public static let replyTimeoutMilliseconds = "COBRADOR_REPLY_TIMEOUT_MS"
        public static let slackInChannelIntents = "COBRADOR_SLACK_IN_CHANNEL_INTENTS"
        public static let all = [
            slackSigningSecret, mattermostToken, webhookToken, writers, replyTimeoutMilliseconds, slackInChannelIntents,
        ]
    }

    /// The short name of each key in a settings file's `chat:` section (`slack_signing_secret`…).
    public static func settingName(of key: String) -> String {
        key.dropFirst("COBRADOR_".count).lowercased()
    }

    /// Reads the configuration from the environment, merged over settings from a file: either a
    /// `KEY=value` file (`configFile`, see `ConfigurationFile`) or values the caller read from its
    /// own settings file (`fileSettings`, e.g. the YAML `chat:` section, keyed `slack_signing_secret`,
    /// `mattermost_token`, `webhook_token`, `writers` (comma-separated), `reply_timeout_ms`,
    /// `slack_in_channel_intents`, or by the environment names). A key set (non-blank) in the
    /// environment wins over the file.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        configFile: String? = nil,
        fileSettings: [String: String] = [:],
        language: Language? = nil
    ) throws(ServerConfigurationError) -> ServerConfiguration {
        var values: [String: String] = [:]
        for key in Key.all {
            if let value = fileSettings[key] ?? fileSettings[settingName(of: key)] { values[key] = value }
        }
        if let configFile {
            for (key, value) in try ConfigurationFile.load(path: configFile) { values[key] = value }
        }
        for key in Key.all {
            if let value = environment[key], !value.trimmingCharacters(in: .whitespaces).isEmpty {
                values[key] = value
            }
        }
        return try ServerConfiguration(values: values, language: language)
    }

    /// Builds a configuration from already merged `KEY=value` pairs (environment names).
    public init(values: [String: String], language: Language? = nil) throws(ServerConfigurationError) {
        self.init(
            slackSigningSecret: values[Key.slackSigningSecret],
            mattermostTokens: (values[Key.mattermostToken] ?? "").split(separator: ",").map(String.init),
            webhookToken: values[Key.webhookToken],
            writers: WriterAllowList(parsing: values[Key.writers] ?? ""),
            language: language
        )
        if let raw = values[Key.replyTimeoutMilliseconds]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            guard let milliseconds = Int(raw), (1...60_000).contains(milliseconds) else {
                throw .invalidValue(key: Key.replyTimeoutMilliseconds, value: raw)
            }
            replyTimeout = .milliseconds(milliseconds)
        }
        if let raw = values[Key.slackInChannelIntents] {
            inChannelIntents = Set(
                raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            )
        }
    }
}
