import CobradorBot
import CobradorContent
import CobradorCore

/// Import problems as the user reads them, from the built-in templates: the reader's and the store's
/// tests check the words without going through the command line.
extension ImportFailure {
    public func rendered(_ language: Language) -> String {
        do {
            return try builtInReplies().lines(of: self, language).joined(separator: "\n")
        } catch {
            return "\(error)"
        }
    }
}

extension ImportProblem {
    public func rendered(_ language: Language) -> String { ImportFailure([self]).rendered(language) }
}

private let loadedReplies = Result { try ResponseLibrary.load() }

private func builtInReplies() throws -> ResponseLibrary { try loadedReplies.get() }
