/// Every word the catalog knows, as small integer terms, so that keywords, patterns and example
/// vectors compare integers instead of strings. Prefix keywords ("pag*") and placeholders
/// ("{client}") are terms too.
struct Vocabulary: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var words: [String] = []
    /// Bit 0: Spanish, bit 1: English (where the word appears in the catalog).
    var languageMask: [UInt8] = []
    /// The stem term of each term (itself for short words), used by example vectors.
    var stemOf: [Int32] = []
    /// Prefix terms ("pag*") each word term satisfies.
    var prefixesOf: [[Int32]] = []
    /// Prefix strings (without "*") to their term, for unknown words at run time.
    var prefixTerms: [String: Int32] = [:]
    var maxPrefixLength = 0
    private var fuzzy = LazyFuzzyIndex(words: [], minimumLength: 4)
    /// Fuzzy index position → term.
    private var fuzzyTerm: [Int32] = []

    init() {}

    @discardableResult
    mutating func intern(_ word: String, mask: UInt8 = 0) -> Int32 {
        if let id = ids[word] {
            languageMask[Int(id)] |= mask
            return id
        }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        languageMask.append(mask)
        stemOf.append(id)
        prefixesOf.append([])
        if word.hasSuffix("*") {
            let p = String(word.dropLast())
            prefixTerms[p] = id
            maxPrefixLength = max(maxPrefixLength, p.count)
        }
        return id
    }

    func id(_ word: String) -> Int32? { ids[word] }

    static func isWord(_ w: String) -> Bool {
        !(w.hasSuffix("*") || w.hasPrefix("{") || w.hasPrefix("~") || w == "?")
    }

    static func stem(_ word: String) -> String {
        word.count > 5 ? "~" + String(word.prefix(5)) : word
    }

    /// Links stems, prefixes and the fuzzy index once every word is in.
    mutating func finish() {
        let snapshot = words
        for (i, w) in snapshot.enumerated() where Vocabulary.isWord(w) {
            let s = Vocabulary.stem(w)
            if s != w { stemOf[i] = intern(s) }
        }
        let wordsNow = words
        var fuzzyWords: [String] = []
        for (i, w) in wordsNow.enumerated() where Vocabulary.isWord(w) {
            prefixesOf[i] = prefixMatches(w)
            if w.utf8.count >= 4, !w.contains(" ") {
                fuzzyWords.append(w)
                fuzzyTerm.append(Int32(i))
            }
        }
        fuzzy = LazyFuzzyIndex(words: fuzzyWords, minimumLength: 4)
    }

    func prefixMatches(_ w: String) -> [Int32] {
        guard maxPrefixLength > 0 else { return [] }
        var out: [Int32] = []
        var p = ""
        for ch in w.unicodeScalars {
            p.unicodeScalars.append(ch)
            if p.unicodeScalars.count > maxPrefixLength { break }
            if let t = prefixTerms[p] { out.append(t) }
        }
        return out
    }

    static func soundAlikes(_ w: String) -> [String] {
        guard w.utf8.count <= 14 else { return [] }
        var out: [String] = []
        if w.hasPrefix("y") { out.append("ll" + w.dropFirst()) }
        if w.hasPrefix("ll") { out.append("y" + w.dropFirst(2)) }
        if !w.hasPrefix("h") { out.append("h" + w) }
        let scalars = Array(w.unicodeScalars)
        for (a, b) in soundPairs where scalars.contains(a) {
            var v = String.UnicodeScalarView()
            for s in scalars { if s == a { v.append(contentsOf: b.unicodeScalars) } else { v.append(s) } }
            out.append(String(v))
        }
        return out
    }

    private static let soundPairs: [(Unicode.Scalar, String)] = [
        ("v", "b"), ("b", "v"), ("s", "c"), ("s", "z"), ("z", "s"), ("c", "s"), ("k", "c"), ("k", "qu"), ("i", "y"),
    ]

    /// Closest known word term for a misspelt word, preferring words with language `mask`.
    func correct(_ word: String) -> Int32? {
        // Spelling by ear first: "yame" for "llamé", "deve" for "debe", "ago" for "hago", "aser" for "hacer".
        for variant in Vocabulary.soundAlikes(word) {
            if let id = ids[variant], Vocabulary.isWord(variant) { return id }
        }
        let hits = fuzzy.lookup(word)
        guard let best = hits.first else { return nil }
        return fuzzyTerm[Int(best.id)]
    }

    // MARK: - Snapshot: the words and per-term tables; the look-up dictionaries are rebuilt from them.

    func write(_ w: inout SnapshotWriter) {
        w.strings(words)
        w.uint8s(languageMask)
        w.int32s(stemOf)
        w.sparse(prefixesOf) { $0.int32($1) }
        w.int32s(fuzzyTerm)
    }

    init(_ r: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        words = try r.strings()
        languageMask = try r.uint8s()
        stemOf = try r.int32s()
        prefixesOf = try r.sparse { r throws(SnapshotReader.Damaged) in try r.int32() }
        fuzzyTerm = try r.int32s()
        let n = words.count
        guard languageMask.count == n, stemOf.count == n, prefixesOf.count == n,
            fuzzyTerm.allSatisfy({ $0 >= 0 && Int($0) < n }), stemOf.allSatisfy({ $0 >= 0 && Int($0) < n })
        else { throw SnapshotReader.Damaged() }
        ids.reserveCapacity(n)
        for (i, w) in words.enumerated() {
            ids[w] = Int32(i)
            if w.hasSuffix("*") {
                let p = String(w.dropLast())
                prefixTerms[p] = Int32(i)
                maxPrefixLength = max(maxPrefixLength, p.count)
            }
        }
        fuzzy = LazyFuzzyIndex(words: fuzzyTerm.map { words[Int($0)] }, minimumLength: 4)
    }
}
