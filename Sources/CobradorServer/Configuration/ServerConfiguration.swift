import CobradorCore

/// Everything `cobrador serve` needs besides the engine: secrets, the writers' allow-list and limits.
///
/// An endpoint whose secret is nil is disabled (its route is not registered, so it answers 404).
/// Build one with `ServerConfiguration.load(environment:configFile:)` or by hand in tests.
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

    public static let defaultInChannelIntents: Set<String> = ["agenda", "who_owes", "list_overdue", "digest"]

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
    }

    public var slackEnabled: Bool { slackSigningSecret != nil }
    public var mattermostEnabled: Bool { !mattermostTokens.isEmpty }
    public var webhookEnabled: Bool { webhookToken != nil }

    /// Safe to log: says which endpoints are on, never a secret.
    public var description: String {
        func state(_ on: Bool) -> String { on ? "on" : "off" }
        return "slack=\(state(slackEnabled)) mattermost=\(state(mattermostEnabled)) "
            + "webhook=\(state(webhookEnabled)) writers=\(writers.allowsEveryone ? "*" : "\(writers.entries.count) users")"
    }
}
