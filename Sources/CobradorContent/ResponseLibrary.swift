import CobradorBot
import CobradorCore
import CobradorTemplateFiles
import Foundation
import Mustache

/// The reply and letter templates of `Responses/{es,en}/*.yml`, compiled once.
/// Each key maps to one template or a list of variations; templates are Mustache in plain-text mode,
/// filled from the typed view (`ReplyView`) that names the key.
public struct ResponseLibrary: ReplyRendering, Sendable {
    /// One template as written, with where it came from.
    public struct Source: Sendable {
        public var file: String
        public var line: Int
        public var text: String
    }

    /// Compiled on first use: a command renders a handful of the several hundred templates, and
    /// compiling them all was a fifth of a cold `cobrador ask`.
    private let templates: CompiledTemplates
    /// The text of every template, for checking it against its view.
    public let sources: [Language: [String: [Source]]]

    /// Built-in templates (embedded in the binary, or a `Responses/` folder next to it), with
    /// files from `overrides` replacing keys one by one. An override must fill a known key from the
    /// names its view has: a mistake is reported with the file and line, before anything runs.
    public static func load(overrides: [URL] = []) throws -> ResponseLibrary {
        var files: [Language: [TemplateFile]] = [:]
        let folder = ContentLocator.folderNextToExecutable("Responses")
        if let folder {
            for lang in Language.allCases { files[lang] = try read(folder.appendingPathComponent(lang.rawValue)) }
        } else {
            // Read at build time by the EmbedContent plugin: no YAML parsing at start-up.
            for file in TemplateFile.decode(EmbeddedResponses.templates) {
                guard let lang = file.name.split(separator: "/").first.flatMap({ Language(rawValue: String($0)) }) else { continue }
                files[lang, default: []].append(file)
            }
        }
        var extra: [Language: [TemplateFile]] = [:]
        for dir in overrides {
            for lang in Language.allCases {
                extra[lang, default: []] += try read(dir.appendingPathComponent(lang.rawValue))
            }
        }
        if !extra.values.allSatisfy(\.isEmpty) {
            try ResponseLibrary(files: extra).checkOverrides()
            for (lang, list) in extra { files[lang, default: []] += list }
        }
        // The embedded templates are checked by the tests; files from disk are compiled at once, so a
        // mistake in them is reported with its file and line before anything runs.
        return try ResponseLibrary(files: files, compileNow: folder != nil)
    }

    /// The template files of one language folder.
    static func read(_ folder: URL) throws -> [TemplateFile] {
        try ContentLocator.yamlFiles(in: folder).map { try TemplateFile.read(name: $0.name, text: $0.text) }
    }

    /// Templates from YAML texts (name, text) per language.
    public init(sources: [Language: [(name: String, text: String)]], compileNow: Bool = true) throws {
        var files: [Language: [TemplateFile]] = [:]
        for (lang, list) in sources { files[lang] = try list.map { try TemplateFile.read(name: $0.name, text: $0.text) } }
        try self.init(files: files, compileNow: compileNow)
    }

    /// Templates from files already read; a later file's key replaces an earlier one's.
    public init(files: [Language: [TemplateFile]], compileNow: Bool = true) throws {
        var texts: [Language: [String: [Source]]] = [:]
        for (lang, list) in files {
            for file in list {
                for entry in file.entries {
                    texts[lang, default: [:]][entry.key] = entry.variants.map { Source(file: file.name, line: $0.line, text: $0.text) }
                }
            }
        }
        self.templates = CompiledTemplates()
        self.sources = texts
        if compileNow { try compileAll() }
    }

    /// Compiles every template now; the first mistake is thrown with its file and line.
    public func compileAll() throws {
        for (lang, keyed) in sources {
            for key in keyed.keys { _ = try templates.variants(key, lang, sources: sources) }
        }
    }

    public func render<View: ReplyView>(_ key: String, _ language: Language, _ view: View, variation: Int) throws -> String {
        guard View.templateKeys.contains(key) else { throw ReplyError.wrongView(key: key, view: "\(View.self)") }
        let other = Language.allCases.first { $0 != language } ?? language
        let found = sources[language]?[key] != nil ? language : other
        guard let variants = try templates.variants(key, found, sources: sources), !variants.isEmpty else {
            throw ReplyError.missingTemplate(key: key, language: language)
        }
        let text = variants[abs(variation % variants.count)].render(try ReplyContextEncoder.context(of: view))
        return Self.withoutDoubledFullStops(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A value that ends in a full stop ("Acme Iberia S.L.", "Initech Inc.") before a template's own full
    /// stop would read "S.L.."; two stops become one, an ellipsis stays.
    static func withoutDoubledFullStops(_ text: String) -> String {
        guard text.contains("..") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let doubled =
                bytes[i] == 46 && i + 1 < bytes.count && bytes[i + 1] == 46 && (i == 0 || bytes[i - 1] != 46)
                && (i + 2 == bytes.count || bytes[i + 2] != 46)
            out.append(bytes[i])
            i += doubled ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func keys(_ language: Language) -> Set<String> { Set(sources[language]?.keys ?? [:].keys) }

    /// Keys present in one language and missing in the other: a release must have none.
    public func missingTranslations() -> [String] {
        keys(.es).symmetricDifference(keys(.en)).sorted()
    }

    /// Everything wrong between these templates and the views that fill them: a key no view fills, a key
    /// missing in a language, a name a template uses that its view lacks, a view property no template uses.
    public func problems(views: [any ReplyView.Type] = ReplyViews.all) -> [String] {
        var problems: [String] = []
        let filled = Set(views.flatMap { $0.templateKeys })
        for lang in Language.allCases {
            for key in keys(lang).subtracting(filled).sorted() { problems.append("\(lang.rawValue): no view fills '\(key)'") }
        }
        for view in views {
            let shape: ReplyTemplateChecker.Shape
            do {
                shape = try ReplyTemplateChecker.shape(of: view)
            } catch {
                problems.append("\(view): cannot sample it (\(error))")
                continue
            }
            var used: Set<String> = []
            for key in view.templateKeys.sorted() {
                for lang in Language.allCases {
                    guard let found = sources[lang]?[key] else {
                        problems.append("\(lang.rawValue): no template '\(key)' (filled from \(view))")
                        continue
                    }
                    for source in found {
                        let result = ReplyTemplateChecker.check(source.text, against: shape)
                        used.formUnion(result.used)
                        for name in Set(result.missing).sorted() {
                            problems.append("\(source.file):\(source.line): '\(key)' uses {{\(name)}}, which \(view) does not have")
                        }
                    }
                }
            }
            for unused in ReplyTemplateChecker.paths(of: shape).subtracting(used).sorted() {
                problems.append("\(view).\(unused) is used by none of its templates")
            }
        }
        return problems
    }

    /// An override may leave names out, but not name a key or a value that does not exist.
    func checkOverrides() throws {
        for (_, keyed) in sources {
            for (key, found) in keyed {
                guard let view = ReplyViews.view(for: key) else {
                    let first = found.first
                    throw FileLineError(file: first?.file ?? "", line: first?.line ?? 0, reason: "'\(key)' is not a reply cobrador gives")
                }
                let shape = try ReplyTemplateChecker.shape(of: view)
                for source in found {
                    if let name = ReplyTemplateChecker.check(source.text, against: shape).missing.first {
                        throw FileLineError(file: source.file, line: source.line, reason: "'\(key)' cannot use {{\(name)}} (it has no such value)")
                    }
                }
            }
        }
    }
}
