/// Finds known words within one or two edits of a misspelt one ("deve" → "debe", "umbrela" →
/// "umbrella") in constant time per query: every word is indexed under a hash of itself and of
/// each of its one-letter deletions (the symmetric-delete method), so no scan over the word list
/// is needed. Hash collisions only cost a distance check.
struct FuzzyIndex: Sendable {
    private(set) var words: [[UInt32]] = []
    private var exact: [[UInt32]: Int32] = [:]
    private var index: [UInt64: [Int32]] = [:]
    let minimumLength: Int

    init(minimumLength: Int = 4) { self.minimumLength = minimumLength }

    /// Adds a word and returns its position in `words` (existing words are not duplicated).
    @discardableResult
    mutating func add(_ word: String) -> Int32 {
        let scalars = word.unicodeScalars.map(\.value)
        if let existing = exact[scalars] { return existing }
        let id = Int32(words.count)
        words.append(scalars)
        exact[scalars] = id
        guard scalars.count >= minimumLength, scalars.count <= 24 else { return id }
        index[FuzzyIndex.hash(scalars, skipping: -1), default: []].append(id)
        var previous: UInt64 = 0
        for i in 0..<scalars.count {
            let h = FuzzyIndex.hash(scalars, skipping: i)
            // Deleting either letter of a double ("ll") gives the same word: index it once.
            if i > 0 && h == previous { continue }
            index[h, default: []].append(id)
            previous = h
        }
        return id
    }

    /// FNV-1a over the scalars, leaving out the one at `skipping` (or none when -1).
    static func hash(_ s: [UInt32], skipping: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (k, c) in s.enumerated() where k != skipping {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
        }
        return (h ^ UInt64(s.count - (skipping >= 0 ? 1 : 0))) &* 0x100_0000_01b3
    }

    /// Words within the allowed distance (1, or 2 for words of eight letters or more), best first.
    func lookup(_ word: String, limit: Int = 8) -> [(id: Int32, distance: Int)] {
        let q = Array(word.unicodeScalars.map(\.value))
        guard q.count >= minimumLength, q.count <= 24 else { return [] }
        let maxDistance = q.count >= 8 ? 2 : 1
        var candidates: [Int32] = []
        if let hit = index[FuzzyIndex.hash(q, skipping: -1)] { candidates.append(contentsOf: hit) }
        for i in 0..<q.count {
            if let hit = index[FuzzyIndex.hash(q, skipping: i)] { candidates.append(contentsOf: hit) }
        }
        candidates.sort()
        var out: [(id: Int32, distance: Int)] = []
        var previous: Int32 = -1
        for c in candidates where c != previous {
            previous = c
            let dist = FuzzyIndex.distance(q, words[Int(c)], limit: maxDistance)
            if dist <= maxDistance { out.append((c, dist)) }
        }
        out.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        return Array(out.prefix(limit))
    }

    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), stopping early past `limit`.
    static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a == b { return 0 }
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return max(n, m) }
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...m {
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
