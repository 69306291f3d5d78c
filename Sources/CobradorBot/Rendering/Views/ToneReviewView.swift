/// The verdict on a draft with problems: each one, and calmer wording.
public struct ToneReviewView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["tone.reply"]

    public var count: Int
    public var one: Bool
    /// "• …" lines.
    public var issues: String
    public var rewrite: String

    public init(count: Int, issues: String, rewrite: String) {
        self.count = count
        self.one = count == 1
        self.issues = issues
        self.rewrite = rewrite
    }
}
