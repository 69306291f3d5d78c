import CobradorCore

/// A message (or one clause of it) as the intent scorer sees it: one feature set per word or entity
/// (the word's term plus the prefix terms it satisfies, or an entity placeholder), the stems for
/// example vectors, and the entity kinds present. Fillers ("eh", "o sea") are left out and regional
/// or everyday words are read as the plain words of the lexicon's synonyms ("lana" → "dinero").
struct MessageFeatures {
    var positions = FeaturePositions()
    var stems: [Int32] = []
    var unknownWords = 0
    /// The entity kinds present, as `Entity.kindBit`s.
    var slotMask: UInt32 = 0
    /// Spanish-only and English-only words seen.
    var spanishVotes = 0.0
    var englishVotes = 0.0
    /// Words read (after fillers are dropped).
    var wordCount = 0

    /// Tokens `range`, with the entity kinds of `slotMask` (usually the whole message's), its words
    /// looked up in `words`. `trailing` is a placeholder read after the words (the client another clause names).
    init(
        _ ctx: ExtractionContext, catalog: IntentCatalog, words: WordTerms, tokens range: Range<Int>,
        skipping skipped: [Range<Int>] = [], question: Bool, slotMask: UInt32, trailing: String? = nil,
        language: Language
    ) {
        let vocab = catalog.vocabulary
        let lx = ctx.lexicon
        let synonyms = lx.synonyms(language)
        self.slotMask = slotMask
        stems.reserveCapacity(range.count + 2)
        func stem(_ t: Int32) {
            if !stems.contains(t) { stems.append(t) }
        }
        func vote(_ mask: UInt8) {
            if mask == 1 { spanishVotes += 1 } else if mask == 2 { englishVotes += 1 }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            if let skip = skipped.first(where: { $0.contains(i) }) {
                i = skip.upperBound
                continue
            }
            if let e = ctx.entityAtToken[i] {
                let entity = ctx.entities[e]
                if let slot = vocab.id(entity.slotWord) {
                    positions.append(slot)
                    stem(slot)
                }
                wordCount += 1
                i = max(i + 1, ctx.text.tokenRange(coveringChars: entity.start, entity.end).upperBound)
                continue
            }
            let t = ctx.tokens[i]
            if ctx.text.claimed[i] {
                i += 1
                continue
            }
            if t.isNumber {
                if let n = vocab.id("{number}") {
                    positions.append(n)
                    stem(n)
                }
                wordCount += 1
                i += 1
                continue
            }
            if t.lexMask & (lx.fillers.bit | synonyms.bit) != 0 {
                if let m = lx.fillers.match(ctx.tokens, at: i), i + m.count <= range.upperBound {
                    i += m.count
                    continue
                }
                if let m = synonyms.match(ctx.tokens, at: i), i + m.count <= range.upperBound {
                    // The original words vote for the language; the plain words are what the intents know.
                    for k in i..<(i + m.count) {
                        if let id = vocab.id(ctx.tokens[k].norm) { vote(vocab.languageMask[Int(id)]) }
                    }
                    for w in m.value {
                        let (s, _) = WordTerms.lookUp(w, vocab, into: &positions)
                        if s >= 0 { stem(s) } else { unknownWords += 1 }
                    }
                    wordCount += 1
                    i += m.count
                    continue
                }
            }
            for term in words.features.terms(at: i) { positions.add(term) }
            positions.close()
            let s = words.stems[i]
            if s >= 0 { stem(s) } else { unknownWords += 1 }
            vote(words.votes[i])
            wordCount += 1
            i += 1
        }
        if let trailing, let slot = vocab.id(trailing) {
            positions.append(slot)
            stem(slot)
        }
        if question, let q = vocab.id("?") {
            positions.append(q)
            stem(q)
        }
        if ctx.text.hasSpanishMarks { spanishVotes += 1.5 }
    }

    /// The entity kinds present, by name (for explaining a score).
    var slots: [String] { Entity.Kind.allCases.filter { slotMask & Entity.bit($0.rawValue) != 0 }.map(\.rawValue) }

    /// The kinds of the entities outside the skipped ranges; an unknown client counts as a client.
    static func slots(_ ctx: ExtractionContext, skipping skipped: [Range<Int>]) -> UInt32 {
        var mask: UInt32 = 0
        for e in ctx.entities {
            if !skipped.isEmpty, let t = ctx.text.tokenIndex(startingAt: e.start), skipped.contains(where: { $0.contains(t) }) { continue }
            mask |= e.kind == .unknownClient ? Entity.bit("client") : e.kindBit
        }
        return mask
    }
}
