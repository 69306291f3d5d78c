/// A message as the intent scorer sees it: one feature set per word or entity (the word's term
/// plus the prefix terms it satisfies, or an entity placeholder), the stems for example vectors,
/// and the entity kinds present.
struct MessageFeatures {
    var positions: [[Int32]] = []
    var stems: [Int32] = []
    var unknownWords = 0
    var slots: Set<String> = []
    /// Spanish-only and English-only words seen.
    var spanishVotes = 0.0
    var englishVotes = 0.0

    init(_ ctx: ExtractionContext, catalog: IntentCatalog) {
        let vocab = catalog.vocabulary
        for e in ctx.entities { slots.insert(e.kind.rawValue) }
        var stemSet: Set<Int32> = []
        var i = 0
        while i < ctx.tokens.count {
            if let e = ctx.entityAtToken[i] {
                let entity = ctx.entities[e]
                if let slot = vocab.id(entity.slotWord) {
                    positions.append([slot])
                    stemSet.insert(slot)
                }
                i = max(i + 1, ctx.text.tokenRange(coveringChars: entity.start, entity.end).upperBound)
                continue
            }
            let t = ctx.tokens[i]
            i += 1
            if ctx.text.claimed[i - 1] { continue }
            if t.isNumber {
                if let n = vocab.id("{number}") { positions.append([n]); stemSet.insert(n) }
                continue
            }
            var term = vocab.id(t.norm)
            if let id = term {
                let mask = vocab.languageMask[Int(id)]
                if mask == 1 { spanishVotes += 1 } else if mask == 2 { englishVotes += 1 }
            } else if t.norm.count >= 4, let fixed = vocab.correct(t.norm) {
                term = fixed
            }
            if let id = term {
                var f: [Int32] = [id]
                f.append(contentsOf: vocab.prefixesOf[Int(id)])
                if Vocabulary.isWord(t.norm), vocab.words[Int(id)] != t.norm {
                    for p in vocab.prefixMatches(t.norm) where !f.contains(p) { f.append(p) }
                }
                positions.append(f)
                stemSet.insert(vocab.stemOf[Int(id)])
            } else {
                unknownWords += 1
                positions.append(vocab.prefixMatches(t.norm))
            }
        }
        if ctx.text.hasQuestionMark, let q = vocab.id("?") {
            positions.append([q])
            stemSet.insert(q)
        }
        if ctx.text.hasSpanishMarks { spanishVotes += 1.5 }
        stems = Array(stemSet)
    }
}
