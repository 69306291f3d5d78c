import CobradorCore
import CobradorNLU
import CobradorTemplateFiles
import Yams

/// Reads one intents YAML file (an intent in one language, or a language's lexicon) into
/// definitions, keeping line numbers so that a mistake is reported where it is.
///
///     language: es
///     intent: who_owes
///     examples: [ "¿quién me debe?", … ]
///     keywords: { "deud*": 2.5, "me deben": 3 }
///     patterns: [ "(quien|quienes) * debe*", { pattern: "…", weight: 5 } ]
///     slots: { client: -2, no_client: 1 }
///
///     language: es
///     lexicon: { months: { enero: 1, … }, stopwords: [ el, la, … ] }
enum IntentFileReader {
    enum Content {
        case intent(IntentDefinition)
        case lexicon(LexiconDefinition)
    }

    static func read(name: String, yaml: String) throws(FileLineError) -> Content {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw FileLineError(file: name, line: FileLineError.line(of: error), reason: "YAML syntax: \(summary(error))")
        } catch {
            throw FileLineError(file: name, line: 0, reason: "YAML syntax: \(error)")
        }
        guard let root, case .mapping(let top) = root else {
            throw FileLineError(file: name, line: 1, reason: "the file must be a mapping with 'language' and 'intent' or 'lexicon'")
        }
        func fail(_ node: Node?, _ reason: String) -> FileLineError {
            FileLineError(file: name, line: node?.mark?.line ?? 1, reason: reason)
        }
        let allowed: Set<String> = ["language", "intent", "examples", "keywords", "patterns", "slots", "lexicon", "description"]
        for (k, _) in top {
            guard let key = k.string, allowed.contains(key) else {
                throw fail(k, "unknown key '\(k.string ?? "?")' (expected one of \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        guard let langNode = top["language"], let code = langNode.string, let language = Language(rawValue: code) else {
            throw fail(top["language"], "'language' must be es or en")
        }
        if let lexNode = top["lexicon"] {
            guard case .mapping(let lists) = lexNode else { throw fail(lexNode, "'lexicon' must be a mapping of lists") }
            var out: [String: [LexiconItem]] = [:]
            for (k, v) in lists {
                guard let list = k.string else { throw fail(k, "list names must be text") }
                guard LexiconDefinition.knownLists.contains(list) else {
                    throw fail(k, "unknown lexicon list '\(list)'")
                }
                var items: [LexiconItem] = []
                switch v {
                case .mapping(let m):
                    for (pk, pv) in m {
                        guard let phrase = pk.string, let value = pv.string else { throw fail(pk, "entries of '\(list)' must be 'word: value'") }
                        items.append(LexiconItem(phrase: phrase, value: value, line: pk.mark?.line ?? 0))
                    }
                case .sequence(let s):
                    for item in s {
                        guard let phrase = item.string else { throw fail(item, "entries of '\(list)' must be words") }
                        items.append(LexiconItem(phrase: phrase, line: item.mark?.line ?? 0))
                    }
                default:
                    throw fail(v, "'\(list)' must be a mapping or a list")
                }
                out[list, default: []].append(contentsOf: items)
            }
            return .lexicon(LexiconDefinition(language: language, lists: out, source: name))
        }
        guard let intentNode = top["intent"], let intent = intentNode.string, !intent.isEmpty else {
            throw fail(top["intent"], "missing 'intent' (or 'lexicon')")
        }
        var def = IntentDefinition(language: language, name: intent, source: name)
        if let ex = top["examples"] {
            guard case .sequence(let s) = ex else { throw fail(ex, "'examples' must be a list of sentences") }
            for item in s {
                guard let text = item.string, !text.isEmpty else { throw fail(item, "an example must be a sentence") }
                def.examples.append(WeightedPhrase(text, line: item.mark?.line ?? 0))
            }
        }
        if let kw = top["keywords"] {
            guard case .mapping(let m) = kw else { throw fail(kw, "'keywords' must map words to weights") }
            for (k, v) in m {
                guard let word = k.string, !word.isEmpty else { throw fail(k, "a keyword must be a word") }
                guard let w = v.string.flatMap(Double.init), w.isFinite, abs(w) <= 20 else {
                    throw fail(v, "weight of '\(word)' must be a number between -20 and 20")
                }
                def.keywords.append(WeightedPhrase(word, weight: w, line: k.mark?.line ?? 0))
            }
        }
        if let pats = top["patterns"] {
            guard case .sequence(let s) = pats else { throw fail(pats, "'patterns' must be a list") }
            for item in s {
                if let text = item.string {
                    def.patterns.append(WeightedPhrase(text, weight: 3, line: item.mark?.line ?? 0))
                } else if case .mapping(let m) = item, let text = m["pattern"]?.string {
                    let w = m["weight"].map { $0.string.flatMap(Double.init) } ?? 3
                    guard let w, w.isFinite, abs(w) <= 20 else { throw fail(m["weight"], "pattern weight must be a number between -20 and 20") }
                    def.patterns.append(WeightedPhrase(text, weight: w, line: item.mark?.line ?? 0))
                } else {
                    throw fail(item, "a pattern must be text or { pattern: …, weight: … }")
                }
            }
        }
        if let slots = top["slots"] {
            guard case .mapping(let m) = slots else { throw fail(slots, "'slots' must map entity types to weights") }
            let kinds = Set(Entity.Kind.allCases.map(\.rawValue))
            for (k, v) in m {
                guard let slot = k.string, kinds.contains(slot.hasPrefix("no_") ? String(slot.dropFirst(3)) : slot) else {
                    throw fail(k, "unknown slot '\(k.string ?? "?")' (entity types: \(kinds.sorted().joined(separator: ", ")), or no_<type>)")
                }
                guard let w = v.string.flatMap(Double.init), w.isFinite, abs(w) <= 20 else { throw fail(v, "slot weight must be a number") }
                def.slotWeights[slot] = w
            }
        }
        return .intent(def)
    }

    private static func summary(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
