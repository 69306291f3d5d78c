/// A bad line in a file a user may edit (intents, reply templates, settings): which file, which line (0 when
/// it is the whole file) and why, in words that person can act on. The caller says which kind of file it
/// was, in the user's language.
public struct FileLineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line`, or the file alone.
    public var place: String { line > 0 ? "\(file):\(line)" : file }

    public var description: String { "\(place): \(reason)" }
}
