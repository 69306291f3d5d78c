/// What a successful post took: how many messages (Discord splits long text) and how many HTTP tries.
public struct WebhookPostReport: Sendable, Equatable {
    public var messages: Int
    public var attempts: Int

    public init(messages: Int, attempts: Int) {
        self.messages = messages
        self.attempts = attempts
    }
}
