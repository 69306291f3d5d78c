import CobradorCore
import Foundation

/// Everything `cobrador serve` needs besides the engine: secrets, the writers' allow-list and limits.
///
/// An endpoint whose secret is nil is disabled (its route is not registered, so it answers 404).
/// Built from `ServerSettings` (the settings file's `chat:` section under the environment) with
/// `init(settings:language:)`, or by hand in tests.
public struct ServerConfiguration: Sendable, CustomStringConvertible {
    /// `COBRADOR_SLACK_SIGNING_SECRET`: enables `POST /slack/commands`.
    public var slackSigningSecret: ConfiguredSecret?
    /// `COBRADOR_MATTERMOST_TOKEN` (comma-separated: one per outgoing webhook / slash command):
    /// enables `POST /mattermost`.
    public var mattermostTokens: [ConfiguredSecret]
    /// `COBRADOR_WEBHOOK_TOKEN`: the bearer token of `POST /webhook`; enables it.
    public var webhookToken: ConfiguredSecret?
    /// `COBRADOR_WRITERS`: who may change data.
    public var writers: WriterAllowList
    /// Forces the reply language (`--lang`); nil: the engine detects it per message.
    public var language: Language?
    /// `COBRADOR_REPLY_TIMEOUT_MS`: how long a chat request waits for the engine before answering
    /// "working on it" (Slack allows 3 seconds in all). Default 2.5 s.
    public var replyTimeout: Duration
    /// How long `/webhook` waits for the engine before answering 503; nil (the default): as long
    /// as it takes (the caller's HTTP client has its own timeout), which is also the fastest path.
    public var webhookTimeout: Duration?
    /// Larger request bodies are refused with 413. Default 64 KiB.
    public var maxBodyBytes: Int
    /// Slack requests whose timestamp is further than this from now are refused. Default 5 minutes.
    public var slackReplayWindow: Duration
    /// A repeated Slack delivery within this window gets the earlier reply. Default 5 minutes.
    public var duplicateWindow: Duration
    /// `COBRADOR_SLACK_IN_CHANNEL_INTENTS`: intents whose Slack reply is posted for the whole
    /// channel (`in_channel`); everything else is `ephemeral`. Default: agenda, who_owes, list_overdue.
    public var inChannelIntents: Set<String>

    /// `COBRADOR_SLACK_BOT_TOKEN` (`xoxb-…`): with the signing secret, enables `POST /slack/events`
    /// (the answers go through `chat.postMessage`).
    public var slackBotToken: ConfiguredSecret?
    /// `COBRADOR_SLACK_API_URL`: Slack's Web API base (default `https://slack.com/api`). A Slack
    /// `response_url` is trusted on Slack's hosts and on this base's host.
    public var slackAPIURL: URL
    /// `COBRADOR_TEAMS_SECURITY_TOKEN`: the outgoing webhook's base64 security token; enables `POST /teams`.
    public var teamsSecurityToken: ConfiguredSecret?
    /// `COBRADOR_TELEGRAM_BOT_TOKEN` and `COBRADOR_TELEGRAM_SECRET_TOKEN` (the `secret_token` given to
    /// `setWebhook`): both enable `POST /telegram`.
    public var telegramBotToken: ConfiguredSecret?
    public var telegramSecretToken: ConfiguredSecret?
    /// `COBRADOR_TELEGRAM_API_URL`: the Bot API base (default `https://api.telegram.org`).
    public var telegramAPIURL: URL
    /// `COBRADOR_TELEGRAM_BOT_USERNAME`: the bot's `@username`, to recognise mentions in groups;
    /// when unset it is asked once with `getMe`.
    public var telegramBotUsername: String?
    /// `COBRADOR_DISCORD_PUBLIC_KEY`: the application's Ed25519 public key (64 hex digits); enables
    /// `POST /discord/interactions`.
    public var discordPublicKey: [UInt8]?
    /// `COBRADOR_DISCORD_APPLICATION_ID`: for the interaction webhooks (else the interaction's own `application_id`).
    public var discordApplicationID: String?
    /// `COBRADOR_DISCORD_API_URL`: the API base (default `https://discord.com/api/v10`).
    public var discordAPIURL: URL
    /// `COBRADOR_PUBLIC_URL`: where Mattermost reaches this server (`https://cobrador.example.com`);
    /// with a Mattermost token, enables buttons and `POST /mattermost/actions`.
    public var publicURL: URL?
    /// How long a signed Mattermost button stays valid. Default 7 days.
    public var mattermostActionLifetime: Duration
    /// Discord interactions whose `X-Signature-Timestamp` is further than this from now are refused. Default 5 minutes.
    public var discordReplayWindow: Duration

    public static let defaultInChannelIntents: Set<String> = ["agenda", "who_owes", "list_overdue", "digest"]
    public static let defaultSlackAPIURL = URL(string: "https://slack.com/api")!
    public static let defaultTelegramAPIURL = URL(string: "https://api.telegram.org")!
    public static let defaultDiscordAPIURL = URL(string: "https://discord.com/api/v10")!

    public init(
        slackSigningSecret: String? = nil,
        mattermostTokens: [String] = [],
        webhookToken: String? = nil,
        writers: WriterAllowList = .nobody,
        language: Language? = nil,
        replyTimeout: Duration = .milliseconds(2500),
        webhookTimeout: Duration? = nil,
        maxBodyBytes: Int = 64 * 1024,
        slackReplayWindow: Duration = .seconds(300),
        duplicateWindow: Duration = .seconds(300),
        inChannelIntents: Set<String> = ServerConfiguration.defaultInChannelIntents
    ) {
        self.slackSigningSecret = ConfiguredSecret(slackSigningSecret)
        self.mattermostTokens = mattermostTokens.compactMap(ConfiguredSecret.init)
        self.webhookToken = ConfiguredSecret(webhookToken)
        self.writers = writers
        self.language = language
        self.replyTimeout = replyTimeout
        self.webhookTimeout = webhookTimeout
        self.maxBodyBytes = maxBodyBytes
        self.slackReplayWindow = slackReplayWindow
        self.duplicateWindow = duplicateWindow
        self.inChannelIntents = inChannelIntents
        self.slackBotToken = nil
        self.slackAPIURL = Self.defaultSlackAPIURL
        self.teamsSecurityToken = nil
        self.telegramBotToken = nil
        self.telegramSecretToken = nil
        self.telegramAPIURL = Self.defaultTelegramAPIURL
        self.telegramBotUsername = nil
        self.discordPublicKey = nil
        self.discordApplicationID = nil
        self.discordAPIURL = Self.defaultDiscordAPIURL
        self.publicURL = nil
        self.mattermostActionLifetime = .seconds(7 * 24 * 3600)
        self.discordReplayWindow = .seconds(300)
    }

    public var slackEnabled: Bool { slackSigningSecret != nil }
    public var mattermostEnabled: Bool { !mattermostTokens.isEmpty }
    public var webhookEnabled: Bool { webhookToken != nil }
    public var slackEventsEnabled: Bool { slackSigningSecret != nil && slackBotToken != nil }
    public var mattermostActionsEnabled: Bool { mattermostEnabled && publicURL != nil }
    public var teamsEnabled: Bool { teamsSecurityToken != nil }
    public var telegramEnabled: Bool { telegramBotToken != nil && telegramSecretToken != nil }
    public var discordEnabled: Bool { discordPublicKey != nil }

    /// Safe to log: says which endpoints are on, never a secret.
    public var description: String {
        func state(_ on: Bool) -> String { on ? "on" : "off" }
        return "slack=\(state(slackEnabled)) mattermost=\(state(mattermostEnabled)) "
            + "webhook=\(state(webhookEnabled)) writers=\(writers.allowsEveryone ? "*" : "\(writers.entries.count) users")"
            + chatEndpoints
    }

    /// The native chat endpoints that are on (nothing when none is), for the log line.
    private var chatEndpoints: String {
        let on: [(String, Bool)] = [
            ("slack_events", slackEventsEnabled), ("mattermost_buttons", mattermostActionsEnabled),
            ("teams", teamsEnabled), ("telegram", telegramEnabled), ("discord", discordEnabled),
        ]
        return on.filter(\.1).map { " \($0.0)=on" }.joined()
    }
}
