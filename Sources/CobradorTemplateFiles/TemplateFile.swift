import CobradorCore
import Yams

/// One `Responses/<language>/*.yml` file read: each reply key with its template, or its variations,
/// and the line each starts on. Shared by the build-time embedder, which reads the built-in files
/// once so that a start-up never runs the YAML parser over them, and by the loader of files on disk.
public struct TemplateFile: Sendable {
    public struct Variant: Sendable, Equatable {
        public var line: Int
        public var text: String

        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }
    }

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var variants: [Variant]

        public init(key: String, variants: [Variant]) {
            self.key = key
            self.variants = variants
        }
    }

    /// The file's path as reported in errors ("es/replies.yml").
    public var name: String
    public var entries: [Entry]

    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = entries
    }

    /// Reads a file's text; a mistake is reported with the file and line.
    public static func read(name: String, text: String) throws(FileLineError) -> TemplateFile {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw FileLineError(file: name, line: FileLineError.line(of: error), reason: "\(error)")
        } catch {
            throw FileLineError(file: name, line: 0, reason: "\(error)")
        }
        guard case .mapping(let mapping)? = node else {
            throw FileLineError(file: name, line: 1, reason: "expected a mapping of reply keys to templates")
        }
        var entries: [Entry] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let line = valueNode.mark?.line ?? 0
            let found: [Variant]
            switch valueNode {
            case .scalar(let s): found = [Variant(line: line, text: s.string)]
            case .sequence(let seq):
                found = seq.compactMap { item in item.string.map { Variant(line: item.mark?.line ?? line, text: $0) } }
            default:
                throw FileLineError(file: name, line: line, reason: "\(key): expected text or a list")
            }
            guard !found.isEmpty else { throw FileLineError(file: name, line: line, reason: "\(key): no text") }
            entries.append(Entry(key: key, variants: found))
        }
        return TemplateFile(name: name, entries: entries)
    }

    // MARK: - The embedded form: files already read, as one string of records, so that the binary
    // carries them without a YAML parser at start-up. Separators are ASCII control characters that
    // a template cannot contain (`encode` refuses one that does).

    static let fileMark: Character = "\u{1D}"
    static let entryMark: Character = "\u{1E}"
    static let fieldMark: Character = "\u{1F}"

    /// The files as one string; nil when a text holds one of the separators.
    public static func encode(_ files: [TemplateFile]) -> String? {
        var out = ""
        for file in files {
            out.append(fileMark)
            out += file.name
            for entry in file.entries {
                out.append(entryMark)
                out += entry.key
                for v in entry.variants {
                    out.append(fieldMark)
                    out += String(v.line)
                    out.append(fieldMark)
                    out += v.text
                }
            }
        }
        let marks: Set<Character> = [fileMark, entryMark, fieldMark]
        let texts = files.flatMap { [$0.name] + $0.entries.flatMap { [$0.key] + $0.variants.map(\.text) } }
        return texts.contains { $0.contains { marks.contains($0) } } ? nil : out
    }

    /// The files `encode` wrote.
    public static func decode(_ text: String) -> [TemplateFile] {
        // Split on the UTF-8 bytes: the separators are ASCII, and splitting by Character is slower.
        let bytes = text.utf8
        var files: [TemplateFile] = []
        for fileBytes in bytes.split(separator: 0x1D) {
            let parts = fileBytes.split(separator: 0x1E, omittingEmptySubsequences: false)
            guard let name = parts.first else { continue }
            var file = TemplateFile(name: String(Substring(name)), entries: [])
            for entryBytes in parts.dropFirst() {
                let fields = entryBytes.split(separator: 0x1F, omittingEmptySubsequences: false)
                guard let key = fields.first else { continue }
                var entry = Entry(key: String(Substring(key)), variants: [])
                var k = 1
                while k + 1 < fields.count {
                    entry.variants.append(Variant(line: Int(Substring(fields[k])) ?? 0, text: String(Substring(fields[k + 1]))))
                    k += 2
                }
                file.entries.append(entry)
            }
            files.append(file)
        }
        return files
    }
}
