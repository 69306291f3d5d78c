import Foundation

/// The user's clients indexed by the words of their names, so a message finds "Estudio Núñez &
/// Asociados" from "nunez" or "estudio nunez", "Umbrella Ibérica S.A." from "umbrela", without
/// scanning the list: look-ups are hash probes per message word, whatever the number of clients.
/// A class: the parser hands it to the matcher for every message, and a copy of this many tables costs.
public final class ClientGazetteer: Sendable {
    enum Role: UInt8, Sendable { case strong, generic, stop }

    struct Variant: Sendable {
        var entry: Int32
        var words: [String]
        var roles: [Role]
        var strongCount: Int
        /// Inverse document frequency of each word among clients: rare words weigh more.
        var idf: [Double] = []
    }

    let entries: [GazetteerEntry]
    /// Store id → position in `entries`.
    let position: [Int64: Int]
    let variants: [Variant]
    /// Distinctive word → variants containing it (each variant once); weak words never start a match.
    let postings: [String: [Int32]]
    /// Word → number of distinct clients using it.
    let documentFrequency: [String: Int]
    let fuzzy: FuzzyIndex
    /// Fuzzy index position → word.
    let fuzzyWords: [String]
    /// The first four letters of each distinctive word → those words: "umbrela" is no client, but reads
    /// like a slip for "Umbra", which the reply offers.
    let prefixes: [Substring: [String]]

    public init(_ entries: [GazetteerEntry]) {
        self.entries = entries
        var position: [Int64: Int] = [:]
        for (k, e) in entries.enumerated() { position[e.id] = k }
        self.position = position
        var variants: [Variant] = []
        var postings: [String: [Int32]] = [:]
        var documentFrequency: [String: Int] = [:]
        var fuzzy = FuzzyIndex(minimumLength: 5)
        var fuzzyWords: [String] = []
        var prefixes: [Substring: [String]] = [:]
        for (e, entry) in entries.enumerated() {
            var seenWords: Set<String> = []
            var names = [entry.name] + entry.aliases
            // "piedpiper", "estudionunez": the distinctive words run together, as typed in a hurry.
            let strong = AnalyzedText(entry.name).tokens.map(\.norm).filter { ClientGazetteer.role(of: $0) == .strong }
            if strong.count >= 2 { names.append(strong.joined()) }
            for name in names {
                let words = AnalyzedText(name).tokens.map { ClientGazetteer.canonical($0.norm) }
                guard !words.isEmpty else { continue }
                var roles = words.map { ClientGazetteer.role(of: $0) }
                // Legal suffix tails: "S.A. de C.V." — a "de" between suffixes is part of the suffix.
                for k in roles.indices
                where roles[k] == .stop && k > 0 && k + 1 < roles.count
                    && roles[k - 1] == .generic && roles[k + 1] == .generic
                {
                    roles[k] = .generic
                }
                // A name made only of weak words ("The Company") keeps them as its distinctive words.
                if !roles.contains(.strong) { roles = roles.map { $0 == .generic ? .strong : $0 } }
                let v = Int32(variants.count)
                variants.append(Variant(entry: Int32(e), words: words, roles: roles, strongCount: roles.filter { $0 == .strong }.count))
                for w in Set(words) {
                    if seenWords.insert(w).inserted { documentFrequency[w, default: 0] += 1 }
                }
                for w in Set(zip(words, roles).filter { $0.1 == .strong }.map(\.0)) {
                    postings[w, default: []].append(v)
                }
                for (w, r) in zip(words, roles) where r == .strong {
                    if Int(fuzzy.add(w)) == fuzzyWords.count { fuzzyWords.append(w) }
                    if w.count >= ClientGazetteer.prefixLength {
                        let key = w.prefix(ClientGazetteer.prefixLength)
                        if prefixes[key]?.contains(w) != true { prefixes[key, default: []].append(w) }
                    }
                }
            }
        }
        for k in variants.indices {
            variants[k].idf = variants[k].words.map {
                ClientGazetteer.idf(clients: entries.count, frequency: documentFrequency[$0] ?? 1)
            }
        }
        self.variants = variants
        self.postings = postings
        self.documentFrequency = documentFrequency
        self.fuzzy = fuzzy
        self.fuzzyWords = fuzzyWords
        self.prefixes = prefixes
    }

    static let prefixLength = 4

    public var count: Int { entries.count }

    /// The entry with store id `id`.
    func entry(id: Int64) -> GazetteerEntry? {
        if let k = position[id] { return entries[k] }
        return nil
    }

    /// One spelling per legal form, so "Acme Corporation" and "Acme Corp." meet.
    static func canonical(_ word: String) -> String { legalSpellings[word] ?? word }

    static let legalSpellings: [String: String] = [
        "corporation": "corp", "incorporated": "inc", "limited": "ltd", "company": "co", "compania": "cia",
        "sociedad": "s", "limitada": "l", "anonima": "a", "associates": "asociados", "holdings": "holding",
    ]

    static func role(of word: String) -> Role {
        if stopWords.contains(word) { return .stop }
        if legalWords.contains(word) { return .generic }
        return .strong
    }

    static let stopWords: Set<String> = [
        "la", "el", "los", "las", "de", "del", "y", "e", "the", "and", "of", "en", "a", "da", "do", "des", "du", "le", "les", "di",
    ]

    static let legalWords: Set<String> = [
        "sl", "sa", "slu", "sau", "sll", "slne", "slp", "scp", "sc", "cb", "sad", "cv", "rl", "srl", "sas", "sapi", "sab", "spa", "sarl",
        "sociedad", "limitada", "anonima", "inc", "incorporated", "corp", "corporation", "co", "company", "cia", "llc", "llp", "lp",
        "ltd", "limited", "plc", "gmbh", "ag", "kg", "bv", "nv", "oy", "ab", "as", "pty", "pvt", "asociados", "associates", "group",
        "grupo", "holding", "holdings", "hnos", "hermanos", "brothers", "bros", "international", "internacional", "iberica",
        "global", "services", "servicios", "solutions", "soluciones", "consulting", "consultores", "studio", "estudio", "cia",
    ]

    func idf(_ word: String) -> Double {
        ClientGazetteer.idf(clients: entries.count, frequency: documentFrequency[word] ?? 1)
    }

    static func idf(clients: Int, frequency: Int) -> Double {
        1 + log(Double(max(clients, 1)) / Double(max(frequency, 1)))
    }
}
