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
        public static let slackBotToken = "COBRADOR_SLACK_BOT_TOKEN"
        public static let slackAPIURL = "COBRADOR_SLACK_API_URL"
        public static let teamsSecurityToken = "COBRADOR_TEAMS_SECURITY_TOKEN"
        public static let telegramBotToken = "COBRADOR_TELEGRAM_BOT_TOKEN"
        public static let telegramSecretToken = "COBRADOR_TELEGRAM_SECRET_TOKEN"
        public static let telegramAPIURL = "COBRADOR_TELEGRAM_API_URL"
        public static let telegramBotUsername = "COBRADOR_TELEGRAM_BOT_USERNAME"
        public static let discordPublicKey = "COBRADOR_DISCORD_PUBLIC_KEY"
        public static let discordApplicationID = "COBRADOR_DISCORD_APPLICATION_ID"
        public static let discordAPIURL = "COBRADOR_DISCORD_API_URL"
        public static let publicURL = "COBRADOR_PUBLIC_URL"
        public static let all = [
            slackSigningSecret, mattermostToken, webhookToken, writers, replyTimeoutMilliseconds, slackInChannelIntents,
            slackBotToken, slackAPIURL, teamsSecurityToken, telegramBotToken, telegramSecretToken, telegramAPIURL,
            telegramBotUsername, discordPublicKey, discordApplicationID, discordAPIURL, publicURL,
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
    /// `slack_in_channel_intents`, `slack_bot_token`, `teams_security_token`, `telegram_bot_token`…: each
    /// key's environment name without `COBRADOR_`, in lowercase, or the environment names themselves).
    /// A key set (non-blank) in the environment wins over the file.
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
        try loadChatPlatforms(values)
    }

    /// The native chat bots' secrets and API bases; a value that cannot work (a token that is not
    /// base64, a key that is not 32 bytes of hex, an address that is not http(s)) stops the start.
    private mutating func loadChatPlatforms(_ values: [String: String]) throws(ServerConfigurationError) {
        slackBotToken = ConfiguredSecret(values[Key.slackBotToken])
        teamsSecurityToken = ConfiguredSecret(values[Key.teamsSecurityToken])
        if let token = teamsSecurityToken, TeamsSignatureVerifier(securityToken: token.value) == nil {
            throw .invalidValue(key: Key.teamsSecurityToken, value: "<not base64>")
        }
        telegramBotToken = ConfiguredSecret(values[Key.telegramBotToken])
        telegramSecretToken = ConfiguredSecret(values[Key.telegramSecretToken])
        if let secret = telegramSecretToken, !TelegramSecretTokenMiddleware.isValidSecret(secret.value) {
            throw .invalidValue(key: Key.telegramSecretToken, value: "<1-256 of A-Z a-z 0-9 _ ->")
        }
        telegramBotUsername = Self.nonBlank(values[Key.telegramBotUsername]).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        if let raw = Self.nonBlank(values[Key.discordPublicKey]) {
            guard let key = Hex.decode(raw), key.count == 32 else {
                throw .invalidValue(key: Key.discordPublicKey, value: raw)
            }
            discordPublicKey = key
        }
        discordApplicationID = Self.nonBlank(values[Key.discordApplicationID])
        slackAPIURL = try Self.url(values, Key.slackAPIURL) ?? Self.defaultSlackAPIURL
        telegramAPIURL = try Self.url(values, Key.telegramAPIURL) ?? Self.defaultTelegramAPIURL
        discordAPIURL = try Self.url(values, Key.discordAPIURL) ?? Self.defaultDiscordAPIURL
        publicURL = try Self.url(values, Key.publicURL)
    }

    private static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// An http(s) base address without a trailing slash; nil when unset.
    private static func url(_ values: [String: String], _ key: String) throws(ServerConfigurationError) -> URL? {
        guard var raw = nonBlank(values[key]) else { return nil }
        while raw.hasSuffix("/") { raw.removeLast() }
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else { throw .invalidValue(key: key, value: raw) }
        return url
    }
}
