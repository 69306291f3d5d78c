import CobradorCore

/// A digest posted to a team chat: in how many messages, after how many tries.
public struct DigestPostedView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["digest.posted"]

    public var messages: Int
    public var attempts: Int

    public init(messages: Int, attempts: Int) {
        self.messages = messages
        self.attempts = attempts
    }
}
