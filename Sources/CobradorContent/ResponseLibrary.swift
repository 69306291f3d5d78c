import CobradorBot
import CobradorCore
import Foundation
import Mustache
import Yams

/// The reply and letter templates of `Responses/{es,en}/*.yml`, compiled once.
/// Each key maps to one template or a list of variations; templates are Mustache in plain-text mode.
public struct ResponseLibrary: ReplyRendering, Sendable {
    private let templates: [Language: [String: [MustacheTemplate]]]

    /// Built-in templates (embedded in the binary, or a `Responses/` folder next to it), with
    /// files from `overrides` replacing keys one by one.
    public static func load(overrides: [URL] = []) throws -> ResponseLibrary {
        var sources: [Language: [(name: String, text: String)]] = [:]
        if let folder = ContentLocator.folderNextToExecutable("Responses") {
            for lang in Language.allCases { sources[lang] = try ContentLocator.yamlFiles(in: folder.appendingPathComponent(lang.rawValue)) }
        } else {
            for (path, text) in EmbeddedResponses.files {
                let parts = path.split(separator: "/")
                guard parts.count == 2, let lang = Language(rawValue: String(parts[0])) else { continue }
                sources[lang, default: []].append((path, text))
            }
        }
        for dir in overrides {
            for lang in Language.allCases {
                sources[lang, default: []] += try ContentLocator.yamlFiles(in: dir.appendingPathComponent(lang.rawValue))
            }
        }
        return try ResponseLibrary(sources: sources)
    }

    public init(sources: [Language: [(name: String, text: String)]]) throws {
        var templates: [Language: [String: [MustacheTemplate]]] = [:]
        for (lang, files) in sources {
            for file in files {
                let node: Node?
                do {
                    node = try Yams.compose(yaml: file.text)
                } catch let error as YamlError {
                    throw ContentError(file: file.name, line: ContentError.line(of: error), reason: "\(error)")
                }
                guard case .mapping(let mapping)? = node else {
                    throw ContentError(file: file.name, line: 1, reason: "expected a mapping of reply keys to templates")
                }
                for (keyNode, valueNode) in mapping {
                    guard let key = keyNode.string else { continue }
                    let texts: [String]
                    switch valueNode {
                    case .scalar(let s): texts = [s.string]
                    case .sequence(let seq): texts = seq.compactMap(\.string)
                    default:
                        throw ContentError(file: file.name, line: valueNode.mark?.line ?? 0, reason: "\(key): expected text or a list")
                    }
                    guard !texts.isEmpty else {
                        throw ContentError(file: file.name, line: valueNode.mark?.line ?? 0, reason: "\(key): no text")
                    }
                    do {
                        templates[lang, default: [:]][key] = try texts.map {
                            try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}" + $0)
                        }
                    } catch {
                        throw ContentError(file: file.name, line: valueNode.mark?.line ?? 0, reason: "\(key): \(error)")
                    }
                }
            }
        }
        self.templates = templates
    }

    public func render(_ key: String, _ language: Language, _ context: [String: Any], variation: Int) -> String {
        guard let variants = templates[language]?[key] ?? templates[language == .es ? .en : .es]?[key], !variants.isEmpty else {
            return key
        }
        // Empty text counts as absent, so that {{#key}}…{{/key}} sections disappear with it.
        let cleaned = context.filter { !(($0.value as? String)?.isEmpty ?? false) }
        let text = variants[abs(variation) % variants.count].render(cleaned)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func keys(_ language: Language) -> Set<String> { Set(templates[language]?.keys ?? [:].keys) }

    /// Keys present in one language and missing in the other: a release must have none.
    public func missingTranslations() -> [String] {
        let es = keys(.es), en = keys(.en)
        return (es.symmetricDifference(en)).sorted()
    }
}

/// A bad content file, named with its line, in words a user who edits templates can act on.
public struct ContentError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var reason: String

    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(file):\(line): \(reason)" }

    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 0
        }
    }
}
