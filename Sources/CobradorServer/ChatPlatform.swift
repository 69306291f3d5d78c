/// The chat system a request came from; its raw value is the `ConversationKey.channel`.
public enum ChatPlatform: String, Sendable, CaseIterable {
    case slack, mattermost, webhook, teams, telegram, discord
}
