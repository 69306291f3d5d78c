import Foundation
import CobradorCore

/// Reply and letter templates by key and language (Responses/ in production).
public protocol ReplyRendering: Sendable {
    /// Renders template `key`; `variation` picks among the template's variations (modulo their count).
    func render(_ key: String, _ language: Language, _ context: [String: Any], variation: Int) -> String
}

extension ReplyRendering {
    public func render(_ key: String, _ language: Language, _ context: [String: Any] = [:]) -> String {
        render(key, language, context, variation: 0)
    }
}
