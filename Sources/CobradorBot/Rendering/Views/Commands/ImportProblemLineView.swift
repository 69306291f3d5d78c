import CobradorCore

/// One problem of an import as the user reads it: on a line of the file, or the failure's header and tail.
public struct ImportProblemLineView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["import.problem.line"]

    public var line: Int
    /// The problem, already in words.
    public var problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }
}
