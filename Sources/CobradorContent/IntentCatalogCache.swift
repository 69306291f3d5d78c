import CobradorCore
import CobradorNLU
import Foundation

/// The intent files as the loader read them, with each example already reduced to word units,
/// kept in the user's cache folder. Reading it is several times cheaper than reading the YAML and
/// running every example through the entity pipeline, which is most of a cold `cobrador parse`.
/// The key is a hash of every source file's name and text and of the running binary (its size and
/// date): any edit, or a new build whose parser may read examples differently, makes a new entry.
struct IntentCatalogCache {
    var intents: [IntentDefinition]
    var lexicons: [LexiconDefinition]
    var units: [[String]]

    static let header = "cobrador-intent-cache 2"

    static func key(_ files: [(path: String, text: String)]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        if let exe = RunningExecutable.path, let fingerprint = RunningExecutable.fingerprint(exe) {
            mix("\(exe)|\(fingerprint)".utf8)
        }
        for f in files {
            mix(f.path.utf8)
            mix([0])
            mix(f.text.utf8)
            mix([0])
        }
        return String(hash, radix: 16)
    }

    static func folder(_ environment: [String: String]) -> URL? {
        if environment["COBRADOR_NO_CACHE"] != nil { return nil }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("cobrador")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/cobrador")
    }

    /// The cached catalog for exactly these files, or nil (missing, unreadable, or from other files).
    static func load(_ files: [(path: String, text: String)], environment: [String: String]) -> IntentCatalog? {
        guard let url = folder(environment)?.appendingPathComponent("intents-\(key(files)).txt"),
            let data = FileManager.default.contents(atPath: url.path),
            let cache = decode(String(decoding: data, as: UTF8.self))
        else { return nil }
        return try? IntentCatalog(intents: cache.intents, lexicons: cache.lexicons, precomputedUnits: cache.units)
    }

    /// Best effort: a read-only home or a full disk only costs the next start its speed.
    static func store(
        _ catalog: IntentCatalog, intents: [IntentDefinition], lexicons: [LexiconDefinition],
        files: [(path: String, text: String)], environment: [String: String]
    ) {
        guard let dir = folder(environment) else { return }
        let cache = IntentCatalogCache(intents: intents, lexicons: lexicons, units: catalog.exampleUnits)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? Data(cache.encoded().utf8).write(to: dir.appendingPathComponent("intents-\(key(files)).txt"), options: .atomic)
    }

    // MARK: - A line format: a tab between fields, one record a line. Much quicker to read than JSON
    // through Codable, which was itself a sixth of a cold start.

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 || $0 == 92 || $0 == 31 }) else { return text }
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            case "\u{1F}": out += "\\u"
            default: out.append(ch)
            }
        }
        return out
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(92) else { return String(text) }
        var out = ""
        var pending = false
        for ch in text {
            if pending {
                switch ch {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "u": out.append("\u{1F}")
                default: out.append(ch)
                }
                pending = false
            } else if ch == "\\" {
                pending = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    func encoded() -> String {
        var lines = [Self.header]
        func phrase(_ tag: String, _ p: WeightedPhrase) {
            lines.append("\(tag)\t\(Self.escape(p.text))\t\(p.weight)\t\(p.line)")
        }
        for lexicon in lexicons {
            lines.append("L\t\(lexicon.language.rawValue)\t\(Self.escape(lexicon.source))")
            for (name, items) in lexicon.lists.sorted(by: { $0.key < $1.key }) {
                lines.append("M\t\(Self.escape(name))")
                for item in items { lines.append("m\t\(Self.escape(item.phrase))\t\(Self.escape(item.value))\t\(item.line)") }
            }
        }
        for intent in intents {
            lines.append("I\t\(intent.language.rawValue)\t\(Self.escape(intent.name))\t\(Self.escape(intent.source))")
            for p in intent.examples { phrase("e", p) }
            for p in intent.keywords { phrase("k", p) }
            for p in intent.patterns { phrase("p", p) }
            for (slot, weight) in intent.slotWeights.sorted(by: { $0.key < $1.key }) {
                lines.append("s\t\(Self.escape(slot))\t\(weight)")
            }
        }
        for u in units { lines.append("U\t" + u.map(Self.escape).joined(separator: "\u{1F}")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nil for anything that is not a complete file of this format (a damaged entry is recompiled).
    static func decode(_ text: String) -> IntentCatalogCache? {
        var intents: [IntentDefinition] = []
        var lexicons: [LexiconDefinition] = []
        var units: [[String]] = []
        var listName: String?
        var first = true
        // Split on the bytes: newline and tab are ASCII, and splitting Characters (grapheme by
        // grapheme) was most of reading the file.
        for lineBytes in text.utf8.split(separator: 10, omittingEmptySubsequences: true) {
            let line = Substring(lineBytes)
            if first {
                guard line == header else { return nil }
                first = false
                continue
            }
            let f = lineBytes.split(separator: 9, omittingEmptySubsequences: false).map { Substring($0) }
            func weighted() -> WeightedPhrase? {
                guard f.count == 4, let w = Double(f[2]), let l = Int(f[3]) else { return nil }
                return WeightedPhrase(unescape(f[1]), weight: w, line: l)
            }
            switch f[0] {
            case "L":
                guard f.count == 3, let lang = Language(rawValue: String(f[1])) else { return nil }
                lexicons.append(LexiconDefinition(language: lang, lists: [:], source: unescape(f[2])))
            case "M":
                guard f.count == 2, !lexicons.isEmpty else { return nil }
                let name = unescape(f[1])
                listName = name
                lexicons[lexicons.count - 1].lists[name] = []
            case "m":
                guard f.count == 4, let name = listName, !lexicons.isEmpty, let l = Int(f[3]) else { return nil }
                lexicons[lexicons.count - 1].lists[name, default: []].append(
                    LexiconItem(phrase: unescape(f[1]), value: unescape(f[2]), line: l))
            case "I":
                guard f.count == 4, let lang = Language(rawValue: String(f[1])) else { return nil }
                intents.append(IntentDefinition(language: lang, name: unescape(f[2]), source: unescape(f[3])))
            case "e", "k", "p":
                guard !intents.isEmpty, let p = weighted() else { return nil }
                switch f[0] {
                case "e": intents[intents.count - 1].examples.append(p)
                case "k": intents[intents.count - 1].keywords.append(p)
                default: intents[intents.count - 1].patterns.append(p)
                }
            case "s":
                guard f.count == 3, !intents.isEmpty, let w = Double(f[2]) else { return nil }
                intents[intents.count - 1].slotWeights[unescape(f[1])] = w
            case "U":
                guard f.count == 2 else { return nil }
                units.append(f[1].isEmpty ? [] : f[1].utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { unescape(Substring($0)) })
            default:
                return nil
            }
        }
        guard !first, !intents.isEmpty else { return nil }
        return IntentCatalogCache(intents: intents, lexicons: lexicons, units: units)
    }
}
