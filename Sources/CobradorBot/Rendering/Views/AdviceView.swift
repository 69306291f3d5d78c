/// The next step for a client: what to do, why, when to look again.
public struct AdviceView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["next_step.reply"]

    public var client: String
    public var stage: String
    public var action: String
    /// The step after this one, when there is a different one.
    public var then: String?
    public var reasons: String?
    public var check: String?
    public var hint: String?

    public init(client: String, stage: String, action: String) {
        self.client = client
        self.stage = stage
        self.action = action
    }
}
