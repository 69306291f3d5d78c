/// A request to review the user's own draft: a review cue ("revisa", "check the tone", "¿suena
/// bien?") in the user's words and the draft itself, quoted or after the introduction
/// ("¿suena bien esto? Hola, les recuerdo…"). Nil when either is missing.
enum ToneReview {
    static let minimumDraftWords = 3

    static func find(_ ctx: ExtractionContext, clauses: [Clause]) -> (start: Int, end: Int)? {
        let lx = ctx.lexicon
        let draft: (start: Int, end: Int)
        if let q = ctx.quotes.first, ctx.text.tokenRange(coveringChars: q.start, q.end).count >= minimumDraftWords {
            draft = q
        } else if let (s, e) = QuoteScanner.afterIntroduction(ctx.text), ctx.text.tokenRange(coveringChars: s, e).count >= minimumDraftWords {
            draft = (s, e)
        } else {
            return nil
        }
        for i in ctx.tokens.indices {
            let t = ctx.tokens[i]
            guard t.lexMask & lx.reviewCues.bit != 0, t.end <= draft.start || t.start >= draft.end,
                let m = lx.reviewCues.match(ctx.tokens, at: i)
            else { continue }
            let last = ctx.tokens[i + m.count - 1]
            if last.end <= draft.start || t.start >= draft.end { return draft }
        }
        return nil
    }
}
