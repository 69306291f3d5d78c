import CobradorCore

/// An import that changed nothing: how many problems, in which file; past the detailed ones, how many
/// more and on which lines.
public struct ImportFailureView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["import.failed", "import.failure.omitted"]

    public var count: Int?
    public var file: String?
    public var omitted: Int?
    /// Line numbers and ranges, joined.
    public var lines: String?
    /// More lines than are listed.
    public var more: Bool?

    public init(count: Int, file: String) {
        self.count = count
        self.file = file
    }

    public init(omitted: Int, lines: String, more: Bool) {
        self.omitted = omitted
        self.lines = lines
        self.more = more ? true : nil
    }
}
