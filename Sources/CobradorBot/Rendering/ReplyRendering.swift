import CobradorCore
import Foundation

/// Reply and letter templates by key and language (`Responses/` in production), each filled from
/// the typed view that names the key in its `templateKeys`.
public protocol ReplyRendering: Sendable {
    /// Renders template `key` from `view`; `variation` picks among the template's variations
    /// (modulo their count). Throws for a key the library lacks or that `View` does not fill:
    /// a missing template never shows its own name to the user.
    func render<View: ReplyView>(_ key: String, _ language: Language, _ view: View, variation: Int) throws -> String
}

/// Why a reply could not be rendered; the bot logs it and answers with a reference instead.
public enum ReplyError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingTemplate(key: String, language: Language)
    case wrongView(key: String, view: String)

    public var description: String {
        switch self {
        case .missingTemplate(let key, let language): return "no template '\(key)' in \(language.rawValue)"
        case .wrongView(let key, let view): return "template '\(key)' is not filled from \(view)"
        }
    }
}
