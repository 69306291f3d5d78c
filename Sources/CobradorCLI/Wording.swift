import CobradorBot
import CobradorContent
import CobradorCore
import Foundation

/// The command line's sentences in one language, from the same `Responses/` templates as the replies:
/// every sentence a command prints outside the conversation comes through here.
struct Wording: Sendable {
    let replies: any ReplyRendering
    let language: Language

    init(replies: any ReplyRendering, language: Language) {
        self.replies = replies
        self.language = language
    }

    /// The built-in templates (or a `Responses/` folder next to the binary), loaded once: a command that
    /// fails before reading the user's overrides still speaks from them.
    init(_ language: Language) {
        self.init(replies: Self.builtIn, language: language)
    }

    private static let builtIn: any ReplyRendering = {
        do {
            return try ResponseLibrary.load()
        } catch {
            return UnloadableReplies(reason: "\(error)")
        }
    }()

    func callAsFunction<View: ReplyView>(_ key: String, _ view: View) -> String {
        do {
            return try replies.render(key, language, view, variation: 0)
        } catch {
            // Only a broken `Responses/` folder beside the binary gets here (the built-in templates are
            // checked by the tests): say what is wrong with it rather than print nothing.
            return "\(error)"
        }
    }

    /// A sentence with nothing to fill in.
    func callAsFunction(_ key: String) -> String { self(key, CommandTextView()) }

    /// Every problem of a failed import, one a line.
    func lines(of failure: ImportFailure) -> [String] {
        do {
            return try replies.lines(of: failure, language)
        } catch {
            return ["\(error)"]
        }
    }
}

/// Stands in for templates that could not be loaded: each render throws the reason (file and line at fault).
private struct UnloadableReplies: ReplyRendering, Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }

    func render<View: ReplyView>(_ key: String, _ language: Language, _ view: View, variation: Int) throws -> String { throw self }
}
