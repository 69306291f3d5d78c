import CobradorBot
import CobradorCore

/// Import problems as the user reads them, from the built-in templates: the reader's and the store's
/// tests check the words without going through the command line.
extension ImportFailure {
    public func rendered(_ language: Language) -> String {
        guard let replies = TestReplies.builtIn else { return "the built-in templates do not load" }
        do {
            return try replies.lines(of: self, language).joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }
}

extension ImportProblem {
    public func rendered(_ language: Language) -> String { ImportFailure([self]).rendered(language) }
}
