import Foundation

/// The server's settings as the user wrote them, before they are checked: the settings file's `chat:`
/// section (decoded by the short names `slack_signing_secret`, `writers`…) with the environment laid over
/// it (`overridden(by:)`). `ServerConfiguration(settings:language:)` checks them and builds the configuration.
///
/// Values stay text here, whichever source gave them, so that one check names the same key
/// (`COBRADOR_REPLY_TIMEOUT_MS: invalid value "soon"`) for a value from the file or from the environment.
public struct ServerSettings: Sendable, Equatable, Decodable {
    public var slackSigningSecret: String?
    /// Comma-separated: one token per Mattermost outgoing webhook or slash command.
    public var mattermostToken: String?
    public var webhookToken: String?
    /// Chat user ids or names, or `*`; a list in the file, comma-separated in the environment.
    public var writers: [String]?
    public var replyTimeoutMilliseconds: String?
    /// Comma-separated intent names.
    public var slackInChannelIntents: String?
    public var slackBotToken: String?
    public var slackAPIURL: String?
    public var teamsSecurityToken: String?
    public var telegramBotToken: String?
    public var telegramSecretToken: String?
    public var telegramAPIURL: String?
    public var telegramBotUsername: String?
    public var discordPublicKey: String?
    public var discordApplicationID: String?
    public var discordAPIURL: String?
    public var publicURL: String?

    public init() {}

    /// Every text setting with its environment name; its name in the file is that name without
    /// `COBRADOR_`, in lowercase (`settingName(of:)`). `writers` is apart: a list in the file.
    static var textSettings: [(name: String, field: WritableKeyPath<ServerSettings, String?>)] {
        typealias Key = ServerConfiguration.Key
        return [
            (Key.slackSigningSecret, \.slackSigningSecret), (Key.mattermostToken, \.mattermostToken),
            (Key.webhookToken, \.webhookToken), (Key.replyTimeoutMilliseconds, \.replyTimeoutMilliseconds),
            (Key.slackInChannelIntents, \.slackInChannelIntents), (Key.slackBotToken, \.slackBotToken),
            (Key.slackAPIURL, \.slackAPIURL), (Key.teamsSecurityToken, \.teamsSecurityToken),
            (Key.telegramBotToken, \.telegramBotToken), (Key.telegramSecretToken, \.telegramSecretToken),
            (Key.telegramAPIURL, \.telegramAPIURL), (Key.telegramBotUsername, \.telegramBotUsername),
            (Key.discordPublicKey, \.discordPublicKey), (Key.discordApplicationID, \.discordApplicationID),
            (Key.discordAPIURL, \.discordAPIURL), (Key.publicURL, \.publicURL),
        ]
    }

    /// The short name of a setting in the settings file's `chat:` section (`slack_signing_secret`…).
    public static func settingName(of key: String) -> String {
        key.dropFirst("COBRADOR_".count).lowercased()
    }

    public init(from decoder: any Decoder) throws {
        self.init()
        let section = try decoder.container(keyedBy: SettingKey.self)
        for (name, field) in Self.textSettings {
            // Any scalar reads as text (`reply_timeout_ms: 2500`, an unquoted Discord id); a list or a map is an error.
            self[keyPath: field] = try section.decodeIfPresent(String.self, forKey: SettingKey(Self.settingName(of: name)))
        }
        writers = try section.decodeIfPresent([String].self, forKey: SettingKey(Self.settingName(of: ServerConfiguration.Key.writers)))
    }

    /// These settings with every variable of `environment` that is set and not blank in their place:
    /// the environment wins over the file, and an empty variable does not switch a setting off.
    public func overridden(by environment: [String: String]) -> ServerSettings {
        func given(_ name: String) -> String? {
            guard let value = environment[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return value
        }
        var merged = self
        for (name, field) in Self.textSettings {
            if let value = given(name) { merged[keyPath: field] = value }
        }
        if let list = given(ServerConfiguration.Key.writers) {
            merged.writers = list.split(separator: ",").map(String.init)
        }
        return merged
    }

    /// A key of the `chat:` section by its name: the names come from `ServerConfiguration.Key`, not from an enum here.
    private struct SettingKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
