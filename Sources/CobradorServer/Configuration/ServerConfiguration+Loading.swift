import CobradorCore
import Foundation

extension ServerConfiguration {
    /// The environment variables the server reads; without `COBRADOR_` and in lowercase, the names of the
    /// settings file's `chat:` section (`ServerSettings.settingName(of:)`).
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
    }

    /// Checks the settings (the file's `chat:` section with the environment over it, see `ServerSettings`)
    /// and builds the configuration; a value that cannot work stops the start, named by its environment key.
    public init(settings: ServerSettings, language: Language? = nil) throws(ServerConfigurationError) {
        self.init(
            slackSigningSecret: settings.slackSigningSecret,
            mattermostTokens: (settings.mattermostToken ?? "").split(separator: ",").map(String.init),
            webhookToken: settings.webhookToken,
            // A list in the file and a comma-separated variable read alike: an item may hold several names.
            writers: WriterAllowList(parsing: (settings.writers ?? []).joined(separator: ",")),
            language: language
        )
        if let raw = settings.replyTimeoutMilliseconds?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            guard let milliseconds = Int(raw), (1...60_000).contains(milliseconds) else {
                throw .invalidValue(key: Key.replyTimeoutMilliseconds, value: raw)
            }
            replyTimeout = .milliseconds(milliseconds)
        }
        if let raw = settings.slackInChannelIntents {
            inChannelIntents = Set(
                raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            )
        }
        try loadChatPlatforms(settings)
    }

    /// The native chat bots' secrets and API bases; a value that cannot work (a token that is not
    /// base64, a key that is not 32 bytes of hex, an address that is not http(s)) stops the start.
    private mutating func loadChatPlatforms(_ settings: ServerSettings) throws(ServerConfigurationError) {
        slackBotToken = ConfiguredSecret(settings.slackBotToken)
        teamsSecurityToken = ConfiguredSecret(settings.teamsSecurityToken)
        if let token = teamsSecurityToken, TeamsSignatureVerifier(securityToken: token.value) == nil {
            throw .invalidValue(key: Key.teamsSecurityToken, value: "<not base64>")
        }
        telegramBotToken = ConfiguredSecret(settings.telegramBotToken)
        telegramSecretToken = ConfiguredSecret(settings.telegramSecretToken)
        if let secret = telegramSecretToken, !TelegramSecretTokenMiddleware.isValidSecret(secret.value) {
            throw .invalidValue(key: Key.telegramSecretToken, value: "<1-256 of A-Z a-z 0-9 _ ->")
        }
        telegramBotUsername = Self.nonBlank(settings.telegramBotUsername).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
        if let raw = Self.nonBlank(settings.discordPublicKey) {
            guard let key = Hex.decode(raw), key.count == 32 else {
                throw .invalidValue(key: Key.discordPublicKey, value: raw)
            }
            discordPublicKey = key
        }
        discordApplicationID = Self.nonBlank(settings.discordApplicationID)
        slackAPIURL = try Self.url(settings.slackAPIURL, Key.slackAPIURL) ?? Self.defaultSlackAPIURL
        telegramAPIURL = try Self.url(settings.telegramAPIURL, Key.telegramAPIURL) ?? Self.defaultTelegramAPIURL
        discordAPIURL = try Self.url(settings.discordAPIURL, Key.discordAPIURL) ?? Self.defaultDiscordAPIURL
        publicURL = try Self.url(settings.publicURL, Key.publicURL)
    }

    private static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// An http(s) base address without a trailing slash; nil when unset. `key` names it in the error.
    private static func url(_ value: String?, _ key: String) throws(ServerConfigurationError) -> URL? {
        guard var raw = nonBlank(value) else { return nil }
        while raw.hasSuffix("/") { raw.removeLast() }
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else { throw .invalidValue(key: key, value: raw) }
        return url
    }
}
