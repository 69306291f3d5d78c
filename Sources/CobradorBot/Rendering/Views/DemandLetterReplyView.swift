/// The demand letter, with a warning when the client is not at the legal stage yet.
public struct DemandLetterReplyView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["demand_letter.reply"]

    public var client: String
    public var letter: String
    /// The client's current stage, when it is earlier than the legal one.
    public var early: String?

    public init(client: String, letter: String, early: String?) {
        self.client = client
        self.letter = letter
        self.early = early
    }
}
