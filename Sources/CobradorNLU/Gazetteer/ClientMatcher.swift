/// Matches message words against the gazetteer: the longest, most distinctive span wins; a tie
/// between clients ("acme" for "Acme S.L." and "Acme Corp") becomes one ambiguous entity.
/// A client is never found from common words alone ("la" does not match "Café La Esquina").
struct ClientMatcher {
    let gazetteer: ClientGazetteer

    /// A word shared by more clients than this narrows its candidates by the next word first.
    static let broadWord = 24

    private struct Message {
        var words: [String]
        var common: [Bool]
    }

    func scan(_ ctx: inout ExtractionContext, isCommon: (String) -> Bool) {
        guard !gazetteer.variants.isEmpty else { return }
        let words = ctx.tokens.map { ClientGazetteer.canonical($0.norm) }
        let message = Message(words: words, common: words.map { isCommon($0) })
        var i = 0
        while i < ctx.tokens.count {
            guard ctx.isFree(i), !ctx.tokens[i].isNumber, let found = best(ctx, message, at: i) ?? joined(ctx, message, at: i) else {
                i += 1
                continue
            }
            let first = found.first
            let last = found.last
            let entries = found.entries
            let names = entries.map { gazetteer.entries[Int($0)].name }
            let ids = entries.map { gazetteer.entries[Int($0)].id }
            if entries.count == 1 {
                ctx.add(.client, tokens: first, last, value: names[0]) { $0.clientIDs = ids }
            } else {
                let order = names.indices.sorted { names[$0] < names[$1] }
                ctx.add(.client, tokens: first, last, value: nil) { e in
                    e.candidates = order.map { names[$0] }
                    e.clientIDs = order.map { ids[$0] }
                }
            }
            i = last + 1
        }
    }

    /// The word with a doubled letter typed once, or with one extra letter at the end.
    static func slips(of word: String) -> [String] {
        var out: [String] = []
        var collapsed = ""
        for ch in word where collapsed.last != ch { collapsed.append(ch) }
        if collapsed != word { out.append(collapsed) }
        out.append(String(word.dropLast()))
        return out
    }

    /// A name as dictation hears it: before "b" or "p" an "n" is written "m" ("un brela" → "umbrela").
    static func heard(_ word: String) -> String {
        var bytes = Array(word.utf8)
        var changed = false
        let n = UInt8(ascii: "n")
        for k in bytes.indices.dropFirst() where bytes[k - 1] == n && (bytes[k] == UInt8(ascii: "b") || bytes[k] == UInt8(ascii: "p")) {
            bytes[k - 1] = UInt8(ascii: "m")
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : word
    }

    /// "un brela" for Umbrella: a dictated name split into a short word and a word in no dictionary,
    /// read as one word.
    private func joined(_ ctx: ExtractionContext, _ m: Message, at i: Int) -> (first: Int, last: Int, entries: [Int32])? {
        let j = i + 1
        guard j < m.words.count, m.words[i].utf8.count <= 3, m.words[j].utf8.count >= 3,
            m.words[i].utf8.count + m.words[j].utf8.count >= 6, !m.common[j], ctx.isFree(j), !ctx.tokens[j].isNumber
        else { return nil }
        // "a initech" is "a" and Initech: a second word that is a name alone stays one.
        guard gazetteer.postings[m.words[j]] == nil, best(ctx, m, at: j) == nil else { return nil }
        var merged = m
        merged.words[j] = ClientMatcher.heard(m.words[i] + m.words[j])
        guard let found = best(ctx, merged, at: j), found.first == j else { return nil }
        return (i, found.last, found.entries)
    }

    private struct Candidate {
        var entry: Int32
        var first: Int
        var last: Int
        var score: Double
    }

    private func best(_ ctx: ExtractionContext, _ m: Message, at i: Int) -> (first: Int, last: Int, entries: [Int32])? {
        let word = m.words[i]
        var starts: [Int32] = []
        if let p = gazetteer.postings[word] {
            starts = p
            // "Cliente 17", "Construcciones Pérez": a broad word is narrowed by the word after it.
            if p.count > ClientMatcher.broadWord, i + 1 < m.words.count, ctx.isFree(i + 1),
                let next = gazetteer.postings[m.words[i + 1]]
            {
                let both = ClientMatcher.intersect(p, next)
                if !both.isEmpty { starts = both }
            }
            if starts.count > 200 { starts = Array(starts.prefix(200)) }
        } else if !m.common[i], word.utf8.count >= 5 {
            for hit in gazetteer.fuzzy.lookup(word, limit: 4) {
                starts.append(contentsOf: (gazetteer.postings[gazetteer.fuzzyWords[Int(hit.id)]] ?? []).prefix(50))
            }
            // Short names are not in the fuzzy index: "acmee" or "acmes" still mean "acme".
            if starts.isEmpty {
                for variant in ClientMatcher.slips(of: word) {
                    if let p = gazetteer.postings[variant] { starts.append(contentsOf: p.prefix(50)) }
                }
            }
        }
        guard !starts.isEmpty else { return nil }
        var cands: [Candidate] = []
        cands.reserveCapacity(starts.count)
        for v in starts {
            if let c = extend(ctx, m, variant: gazetteer.variants[Int(v)], at: i) { cands.append(c) }
        }
        guard let top = cands.max(by: { $0.score < $1.score }) else { return nil }
        var entries: [Int32] = []
        var first = top.first
        var last = top.last
        for c in cands where c.score >= top.score - 1e-9 {
            if !entries.contains(c.entry) { entries.append(c.entry) }
            first = min(first, c.first)
            last = max(last, c.last)
        }
        return (first, last, Array(entries.prefix(12)))
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }

    /// Grows a match around token `i` over the variant's words, in order; nil if too weak.
    private func extend(_ ctx: ExtractionContext, _ m: Message, variant: ClientGazetteer.Variant, at i: Int) -> Candidate? {
        var used = 0 as UInt64
        guard let p = position(i, m, in: variant, from: 0, to: variant.words.count, used: used) else { return nil }
        used |= 1 << UInt64(min(p.index, 63))
        var matched: [(index: Int, token: Int, fuzzy: Bool)] = [(p.index, i, p.fuzzy)]
        var last = i
        var q = p.index
        var j = i + 1
        while j < m.words.count, q + 1 < variant.words.count, ctx.isFree(j),
            let hit = position(j, m, in: variant, from: q + 1, to: variant.words.count, used: used)
        {
            used |= 1 << UInt64(min(hit.index, 63))
            matched.append((hit.index, j, hit.fuzzy))
            q = hit.index
            last = j
            j += 1
        }
        var first = i
        var qb = p.index
        var k = i - 1
        while k >= 0, qb > 0, ctx.isFree(k), let hit = position(k, m, in: variant, from: 0, to: qb, used: used, backwards: true) {
            used |= 1 << UInt64(min(hit.index, 63))
            matched.append((hit.index, k, hit.fuzzy))
            qb = hit.index
            first = k
            k -= 1
        }
        var distinctive = 0
        var score = 0.0
        let complete = matched.count == variant.words.count && variant.words.count >= 2
        for h in matched {
            switch variant.roles[h.index] {
            case .strong:
                if !m.common[h.token] || complete { distinctive += 1 }
                score += variant.idf[h.index] * (h.fuzzy ? 0.9 : 1)
            case .generic: score += 0.3
            case .stop: score += 0.05
            }
        }
        guard distinctive >= 1 || complete else { return nil }
        // A lone fuzzy guess on a short word of a longer name is too weak.
        if matched.count == 1 && p.fuzzy && variant.strongCount > 1 && m.words[i].utf8.count < 6 { return nil }
        var strongMatched = 0
        for h in matched where variant.roles[h.index] == .strong { strongMatched += 1 }
        score -= 0.05 * Double(variant.strongCount - strongMatched)
        if complete { score += 0.5 }
        return Candidate(entry: variant.entry, first: first, last: last, score: score)
    }

    private func position(
        _ t: Int, _ m: Message, in v: ClientGazetteer.Variant, from: Int, to: Int, used: UInt64,
        backwards: Bool = false
    ) -> (index: Int, fuzzy: Bool)? {
        guard from < to else { return nil }
        let word = m.words[t]
        var fuzzyHit: Int?
        // Stepped by hand: an array of the indices was an allocation per word and candidate.
        var k = backwards ? to - 1 : from
        while backwards ? k >= from : k < to {
            defer { k += backwards ? -1 : 1 }
            guard used & (1 << UInt64(min(k, 63))) == 0 else { continue }
            if v.words[k] == word { return (k, false) }
            if fuzzyHit == nil, v.roles[k] == .strong, word.utf8.count >= 5, !m.common[t], near(word, v.words[k]) {
                fuzzyHit = k
                if backwards { break }
            }
        }
        return fuzzyHit.map { ($0, true) }
    }

    private func near(_ a: String, _ b: String) -> Bool {
        let limit = min(a.utf8.count, b.utf8.count) >= 8 ? 2 : 1
        if abs(a.utf8.count - b.utf8.count) > limit { return false }
        return FuzzyIndex.distance(Array(a.unicodeScalars.map(\.value)), Array(b.unicodeScalars.map(\.value)), limit: limit) <= limit
    }
}
