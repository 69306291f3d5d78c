import CobradorCore
import Foundation
import Mustache

/// The Mustache templates of a `ResponseLibrary`, each compiled the first time it is rendered and
/// kept. Shared by copies of the library and by concurrent conversations, hence the lock.
final class CompiledTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [Language: [String: [MustacheTemplate]]] = [:]

    /// The variations of `key` in `language`, compiled from `sources`; nil when there is no such key.
    func variants(
        _ key: String, _ language: Language, sources: [Language: [String: [ResponseLibrary.Source]]]
    ) throws
        -> [MustacheTemplate]?
    {
        lock.lock()
        defer { lock.unlock() }
        if let done = compiled[language]?[key] { return done }
        guard let found = sources[language]?[key] else { return nil }
        let templates: [MustacheTemplate]
        do {
            templates = try found.map { try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}" + $0.text) }
        } catch {
            throw FileLineError(file: found[0].file, line: found[0].line, reason: "\(key): \(error)")
        }
        compiled[language, default: [:]][key] = templates
        return templates
    }
}
