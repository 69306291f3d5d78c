import CobradorBot
import Foundation

/// A chat message whose sender has been verified (signature, token or bearer), decoded from the
/// platform's payload by the authenticating middleware and carried to the route in the context.
public struct VerifiedChatRequest: Sendable, Equatable {
    public var platform: ChatPlatform
    /// Whose conversation it is: (platform, team, room, user).
    public var conversation: ConversationKey
    /// The chat user id (Slack `U…`, Mattermost id); the user name when the platform gives no id.
    public var userID: String
    public var userName: String
    /// What the user said, with the slash command or trigger word removed.
    public var text: String
    /// Where a late reply can still be posted (Slack and Mattermost slash commands).
    public var responseURL: URL?
    /// Identifies one delivery, so a retried delivery is answered once (Slack `trigger_id`, or a
    /// hash of the signed timestamp and body).
    public var deliveryID: String?
    /// True for a slash command (replies may carry `response_type`), false for an outgoing webhook.
    public var isSlashCommand: Bool

    public init(
        platform: ChatPlatform,
        conversation: ConversationKey,
        userID: String,
        userName: String,
        text: String,
        responseURL: URL? = nil,
        deliveryID: String? = nil,
        isSlashCommand: Bool = false
    ) {
        self.platform = platform
        self.conversation = conversation
        self.userID = userID
        self.userName = userName
        self.text = text
        self.responseURL = responseURL
        self.deliveryID = deliveryID
        self.isSlashCommand = isSlashCommand
    }
}
