/// Matches message words against the gazetteer: the longest, most distinctive span wins; a tie
/// between clients ("acme" for "Acme S.L." and "Acme Corp") becomes one ambiguous entity.
/// A client is never found from common words alone ("la" does not match "Café La Esquina").
struct ClientMatcher {
    let gazetteer: ClientGazetteer
    let isCommon: (String) -> Bool

    func scan(_ ctx: inout ExtractionContext) {
        guard !gazetteer.variants.isEmpty else { return }
        var i = 0
        while i < ctx.tokens.count {
            guard ctx.isFree(i), !ctx.tokens[i].isNumber, let found = best(ctx, at: i) else { i += 1; continue }
            let first = found.first, last = found.last
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

    private struct Candidate {
        var entry: Int32
        var first: Int
        var last: Int
        var score: Double
    }

    private func best(_ ctx: ExtractionContext, at i: Int) -> (first: Int, last: Int, entries: [Int32])? {
        let word = ctx.tokens[i].norm
        let common = isCommon(word)
        var starts: [(variant: Int32, fuzzy: Bool)] = []
        if let p = gazetteer.postings[word] {
            for v in p.prefix(400) { starts.append((v, false)) }
        } else if !common, word.count >= 5 {
            for hit in gazetteer.fuzzy.lookup(word, limit: 4) {
                let w = String(String.UnicodeScalarView(gazetteer.fuzzy.words[Int(hit.id)].compactMap(Unicode.Scalar.init)))
                for v in (gazetteer.postings[w] ?? []).prefix(400) { starts.append((v, true)) }
            }
        }
        guard !starts.isEmpty else { return nil }
        var cands: [Candidate] = []
        for (v, _) in starts {
            let variant = gazetteer.variants[Int(v)]
            if let c = extend(ctx, variant: variant, at: i) { cands.append(c) }
        }
        guard let top = cands.max(by: { $0.score < $1.score }) else { return nil }
        let tied = cands.filter { $0.score >= top.score - 1e-9 }
        var entries: [Int32] = []
        for c in tied where !entries.contains(c.entry) { entries.append(c.entry) }
        let first = tied.map(\.first).min()!, last = tied.map(\.last).max()!
        return (first, last, Array(entries.prefix(12)))
    }

    /// Grows a match around token `i` over the variant's words, in order; nil if too weak.
    private func extend(_ ctx: ExtractionContext, variant: ClientGazetteer.Variant, at i: Int) -> Candidate? {
        var used = [Bool](repeating: false, count: variant.words.count)
        guard let p = position(of: ctx.tokens[i].norm, in: variant, after: -1, used: used) else { return nil }
        used[p.index] = true
        var matched: [(index: Int, fuzzy: Bool)] = [p]
        var last = i
        var q = p.index
        var j = i + 1
        while j < ctx.tokens.count, ctx.isFree(j), let m = position(of: ctx.tokens[j].norm, in: variant, after: q, used: used) {
            used[m.index] = true
            matched.append(m)
            q = m.index
            last = j
            j += 1
        }
        var first = i
        var qb = p.index
        var k = i - 1
        while k >= 0, ctx.isFree(k), qb > 0, let m = position(of: ctx.tokens[k].norm, in: variant, before: qb, used: used) {
            used[m.index] = true
            matched.append(m)
            qb = m.index
            first = k
            k -= 1
        }
        // Trim stop words at the edges ("la" before "esquina" is fine inside, not alone).
        var strongDistinct = 0
        var score = 0.0
        for m in matched {
            let w = variant.words[m.index]
            switch variant.roles[m.index] {
            case .strong:
                if !isCommon(w) || variant.words.count == matched.count { strongDistinct += 1 }
                score += gazetteer.idf(w) * (m.fuzzy ? 0.9 : 1)
            case .generic: score += 0.3
            case .stop: score += 0.05
            }
        }
        let complete = matched.count == variant.words.count && variant.words.count >= 2
        guard strongDistinct >= 1 || complete else { return nil }
        // Every matched word a fuzzy guess on a short name is too weak.
        if matched.allSatisfy(\.fuzzy) && matched.count == 1 && variant.strongCount > 1 && ctx.tokens[i].norm.count < 6 { return nil }
        let unmatchedStrong = variant.roles.enumerated().filter { $0.element == .strong && !used[$0.offset] }.count
        score -= 0.05 * Double(unmatchedStrong)
        if complete { score += 0.5 }
        return Candidate(entry: variant.entry, first: first, last: last, score: score)
    }

    private func position(of word: String, in v: ClientGazetteer.Variant, after: Int, used: [Bool]) -> (index: Int, fuzzy: Bool)? {
        var fuzzyHit: Int?
        for k in (after + 1)..<max(after + 1, v.words.count) where !used[k] {
            if v.words[k] == word { return (k, false) }
            if fuzzyHit == nil, v.roles[k] == .strong, word.count >= 5, !isCommon(word), near(word, v.words[k]) { fuzzyHit = k }
        }
        return fuzzyHit.map { ($0, true) }
    }

    private func position(of word: String, in v: ClientGazetteer.Variant, before: Int, used: [Bool]) -> (index: Int, fuzzy: Bool)? {
        for k in stride(from: before - 1, through: 0, by: -1) where !used[k] {
            if v.words[k] == word { return (k, false) }
            if v.roles[k] == .strong, word.count >= 5, !isCommon(word), near(word, v.words[k]) { return (k, true) }
        }
        return nil
    }

    private func near(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars.map(\.value)), y = Array(b.unicodeScalars.map(\.value))
        let limit = min(x.count, y.count) >= 8 ? 2 : 1
        return FuzzyIndex.distance(x, y, limit: limit) <= limit
    }
}
