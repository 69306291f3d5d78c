/// No reminder while a client's follow-up is paused or disputed.
public struct DraftPausedView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["draft.paused"]

    public var client: String
    public var reasons: String

    public init(client: String, reasons: String) {
        self.client = client
        self.reasons = reasons
    }
}
