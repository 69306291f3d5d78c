/// Cuts a message into clauses at sentence punctuation, commas, dashes, quotes and the words that open
/// a new clause ("pero", "but", "así que"), never inside an entity ("1.200,50 €", "ap@globex.com") or
/// after an abbreviation ("Mr.", "Sr.").
enum ClauseSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sr", "sra", "srta", "st", "no", "nr", "n", "inv", "fra", "fact",
        "approx", "etc", "vs", "ej", "ud", "uds", "lic", "ing", "dept", "ref", "re", "av", "jr",
    ]

    static func split(_ ctx: ExtractionContext, quotes: [(start: Int, end: Int)]) -> [Clause] {
        let tokens = ctx.tokens
        guard !tokens.isEmpty else { return [] }
        let f = ctx.text.folded
        var clauses: [Clause] = []
        var first = 0
        var startsWithQuestion = opensQuestion(ctx, before: tokens[0].start, from: 0)
        func close(_ last: Int, question: Bool) {
            guard first <= last else { return }
            let s = tokens[first].start
            let e = tokens[last].end
            let inQuote = quotes.contains { s >= $0.start && e <= $0.end }
            clauses.append(
                Clause(
                    tokens: first..<(last + 1), start: s, end: e, role: inQuote ? .quoted : .own,
                    isQuestion: question || startsWithQuestion))
            first = last + 1
        }
        for k in 0..<tokens.count {
            let gapStart = tokens[k].end
            let gapEnd = k + 1 < tokens.count ? tokens[k + 1].start : f.count
            var boundary = k + 1 == tokens.count
            var question = false
            if !boundary, !insideEntity(ctx, gapStart, gapEnd) {
                let quoteEdge = quotes.contains { (gapStart...gapEnd).contains($0.start) || (gapStart...gapEnd).contains($0.end) }
                boundary = quoteEdge || punctuationBreaks(ctx, token: k, gapStart, gapEnd)
                if !boundary, let m = ctx.lexicon.clauseOpeners.match(tokens, at: k + 1), m.count >= 1, k + 1 > first {
                    boundary = true
                }
            }
            for c in gapStart..<gapEnd where f[c] == 0x3F { question = true }
            if boundary {
                close(k, question: question)
                if k + 1 < tokens.count { startsWithQuestion = opensQuestion(ctx, before: tokens[k + 1].start, from: gapStart) }
            }
        }
        for k in clauses.indices where clauses[k].role == .own {
            clauses[k].isRequest = clauses[k].isQuestion || opensRequest(ctx, clauses[k].tokens)
        }
        return clauses
    }

    /// Small words that may come before the request itself ("y ahora dime", "so can you", "solo dime").
    static let leadIns: Set<String> = [
        "y", "e", "and", "so", "ahora", "now", "solo", "solamente", "just", "pero", "but", "entonces", "then",
        "ok", "okay", "vale", "bueno", "well", "oye", "hey", "porfa", "please", "pls", "ya", "asi", "que",
    ]

    private static func opensRequest(_ ctx: ExtractionContext, _ range: Range<Int>) -> Bool {
        let lx = ctx.lexicon
        var i = range.lowerBound
        var skipped = 0
        while i < range.upperBound, skipped < 4 {
            if lx.requestOpeners.match(ctx.tokens, at: i) != nil { return true }
            if let m = lx.fillers.match(ctx.tokens, at: i) ?? lx.socialOpeners.match(ctx.tokens, at: i) {
                i += m.count
            } else if leadIns.contains(ctx.tokens[i].norm) {
                i += 1
            } else {
                return false
            }
            skipped += 1
        }
        return false
    }

    private static func opensQuestion(_ ctx: ExtractionContext, before end: Int, from start: Int) -> Bool {
        (start..<end).contains { ctx.text.folded[$0] == 0xBF }
    }

    private static func insideEntity(_ ctx: ExtractionContext, _ s: Int, _ e: Int) -> Bool {
        ctx.entities.contains { $0.start < e && $0.end > s && $0.kind != .quote }
    }

    /// Sentence punctuation, a comma, a dash between spaces or a line break in the gap after token `k`.
    private static func punctuationBreaks(_ ctx: ExtractionContext, token k: Int, _ s: Int, _ e: Int) -> Bool {
        let f = ctx.text.folded
        let t = ctx.tokens
        // "1.200", "10:30", "15/12": punctuation between digits joins them.
        if e - s == 1, t[k].isNumber, t[k + 1].isNumber { return false }
        if ctx.text.lineBreaks.contains(where: { $0 >= s && $0 < e }) { return true }
        for c in s..<e {
            switch f[c] {
            case 0x2E:
                if abbreviations.contains(t[k].norm) || (t[k].length == 1 && !t[k].isNumber) { continue }
                return true
            case 0x21, 0x3F, 0x3B, 0x3A, 0x2C, 0x2026, 0xA1, 0xBF, 0x2014, 0x2013, 0x28, 0x29:
                return true
            case 0x2D:
                if c > s && c + 1 < e && f[c - 1] == 0x20 && f[c + 1] == 0x20 { return true }
            default:
                if ctx.text.classes[c] == .other && f[c] > 0x2000 && !TextFolding.isQuoteMark(f[c]) { return true }
            }
        }
        return false
    }
}
