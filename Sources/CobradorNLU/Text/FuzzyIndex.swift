/// Finds known words within one or two edits of a misspelt one ("deve" → "debe", "umbrela" →
/// "umbrella") in constant time per query: every word is indexed under itself and each of its
/// one-letter deletions (the symmetric-delete method), so no scan over the word list is needed.
struct FuzzyIndex: Sendable {
    private(set) var words: [[UInt32]] = []
    private var index: [[UInt32]: [Int32]] = [:]
    let minimumLength: Int

    init(minimumLength: Int = 4) { self.minimumLength = minimumLength }

    /// Adds a word and returns its position in `words` (existing words are not duplicated).
    @discardableResult
    mutating func add(_ word: String) -> Int32 {
        let scalars = word.unicodeScalars.map(\.value)
        if let existing = index[scalars]?.first(where: { words[Int($0)] == scalars }) { return existing }
        let id = Int32(words.count)
        words.append(scalars)
        guard scalars.count >= minimumLength, scalars.count <= 24 else { return id }
        index[scalars, default: []].append(id)
        var seen: Set<[UInt32]> = []
        for i in 0..<scalars.count {
            var d = scalars
            d.remove(at: i)
            if seen.insert(d).inserted { index[d, default: []].append(id) }
        }
        return id
    }

    /// Words within the allowed distance (1, or 2 for words of eight letters or more), best first.
    func lookup(_ word: String, limit: Int = 8) -> [(id: Int32, distance: Int)] {
        let q = Array(word.unicodeScalars.map(\.value))
        guard q.count >= minimumLength, q.count <= 24 else { return [] }
        let maxDistance = q.count >= 8 ? 2 : 1
        var candidates: Set<Int32> = []
        if let hit = index[q] { candidates.formUnion(hit) }
        for i in 0..<q.count {
            var d = q
            d.remove(at: i)
            if let hit = index[d] { candidates.formUnion(hit) }
        }
        var out: [(id: Int32, distance: Int)] = []
        for c in candidates {
            let w = words[Int(c)]
            let dist = FuzzyIndex.distance(q, w, limit: maxDistance)
            if dist <= maxDistance { out.append((c, dist)) }
        }
        out.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        return Array(out.prefix(limit))
    }

    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `limit`.
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a == b { return 0 }
        let n = a.count, m = b.count
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(1, m) where m > 0 {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[m]
    }
}
