/// Finds what the conversation flow reacts to, so it never re-reads the text: a cue (something was
/// sent, someone pays, resume, a dispute, a follow-up opener such as "¿y Globex?"), the position of a
/// choice ("la segunda", "the first one", "2") and the figure a forecast question asks for (DSO, who
/// is paying slower). None of them claims its words: they also tell the intent scorer something.
enum FlowCueScanner {
    /// Choices are short answers: an ordinal word in a longer message is something else ("second reminder").
    static let maxWordsForOrdinalWord = 6
    static let maxWordsForOrdinalNumber = 3

    static func scan(_ ctx: inout ExtractionContext) {
        let lx = ctx.lexicon
        let tokens = ctx.tokens
        guard !tokens.isEmpty else { return }
        if let m = lx.followUpOpeners.match(tokens, at: 0) {
            ctx.add(.cue, tokens: 0, m.count - 1, value: "followup", claim: false)
        }
        var seen: Set<String> = []
        var metric = false
        for i in tokens.indices where !ctx.isQuoted(i) {
            if tokens[i].lexMask & (lx.cues.bit | lx.metrics.bit) == 0 { continue }
            if let m = lx.cues.match(tokens, at: i), !seen.contains(m.value), !negated(ctx, i) {
                ctx.add(.cue, tokens: i, i + m.count - 1, value: m.value, claim: false)
                seen.insert(m.value)
            }
            if !metric, let m = lx.metrics.match(tokens, at: i) {
                ctx.add(.metric, tokens: i, i + m.count - 1, value: m.value, claim: false)
                metric = true
            }
        }
        scanOrdinal(&ctx)
    }

    /// "no lo he enviado", "not sent yet": a negation up to two words before.
    private static func negated(_ ctx: ExtractionContext, _ i: Int) -> Bool {
        (1...3).contains { i - $0 >= 0 && ctx.lexicon.negations.contains(ctx.tokens[i - $0].norm) }
    }

    private static func scanOrdinal(_ ctx: inout ExtractionContext) {
        let tokens = ctx.tokens
        guard tokens.count <= maxWordsForOrdinalWord else { return }
        for i in tokens.indices where ctx.isFree(i) {
            if let m = ctx.lexicon.choiceOrdinals.match(tokens, at: i) {
                ctx.add(.ordinal, tokens: i, i + m.count - 1, value: String(m.value), claim: false)
                return
            }
        }
        guard tokens.count <= maxWordsForOrdinalNumber else { return }
        for i in tokens.indices where ctx.isFree(i) && tokens[i].isNumber && !tokens[i].glued {
            if let v = tokens[i].intValue, (1...20).contains(v) {
                ctx.add(.ordinal, tokens: i, i, value: String(v), claim: false)
                return
            }
        }
    }
}
