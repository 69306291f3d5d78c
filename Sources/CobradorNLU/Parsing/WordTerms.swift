/// What each word of a message is to the vocabulary, looked up once per message. The scorer reads
/// a message several times (the whole of it, each clause, in both languages), and each reading
/// looked every word up again, hashing it, its prefixes and, for an unknown word, its spelling
/// corrections.
struct WordTerms {
    /// One position per token: the word's term and the prefix terms it satisfies (empty for the
    /// tokens a reading never reads as a plain word: numbers and entities).
    private(set) var features = FeaturePositions()
    /// Per token: the stem term, or -1 for a word the vocabulary does not know.
    private(set) var stems: [Int32] = []
    /// Per token: the language mask of a word known as written (a corrected word does not vote).
    private(set) var votes: [UInt8] = []

    init(_ ctx: ExtractionContext, vocabulary: Vocabulary) {
        let n = ctx.tokens.count
        stems.reserveCapacity(n)
        votes.reserveCapacity(n)
        for i in 0..<n {
            let t = ctx.tokens[i]
            if t.isNumber || ctx.text.claimed[i] || ctx.entityAtToken[i] != nil {
                features.close()
                stems.append(-1)
                votes.append(0)
                continue
            }
            let (stem, vote) = WordTerms.lookUp(t.norm, vocabulary, into: &features)
            stems.append(stem)
            votes.append(vote)
        }
    }

    /// Adds one position for `norm` to `positions`: its term (corrected when misspelt) and the prefix
    /// terms it satisfies. Returns its stem (-1 when unknown) and, when known as written, its language mask.
    static func lookUp(_ norm: String, _ vocab: Vocabulary, into positions: inout FeaturePositions) -> (stem: Int32, vote: UInt8) {
        var vote: UInt8 = 0
        var term = vocab.id(norm)
        if let id = term {
            vote = vocab.languageMask[Int(id)]
        } else if norm.count >= 4, let fixed = vocab.correct(norm) {
            term = fixed
        }
        guard let id = term else {
            for p in vocab.prefixMatches(norm) { positions.add(p) }
            positions.close()
            return (-1, 0)
        }
        positions.add(id)
        for p in vocab.prefixesOf[Int(id)] { positions.add(p) }
        if Vocabulary.isWord(norm), vocab.words[Int(id)] != norm {
            for p in vocab.prefixMatches(norm) { positions.addOnce(p) }
        }
        positions.close()
        return (vocab.stemOf[Int(id)], vote)
    }
}
