import CobradorCore

/// Finds invoice numbers: the user's known numbers, anything shaped like one (F-2026-101,
/// INV-5521, H-778), and a bare tail after "la" / "factura" / "#" when exactly one known number ends so ("la 088").
enum InvoiceScanner {
    static func scan(_ ctx: inout ExtractionContext, known: InvoiceDirectory) {
        let f = ctx.text.folded
        let n = f.count
        var i = 0
        while i < n {
            guard ctx.text.classes[i] == .letter || ctx.text.classes[i] == .digit,
                i == 0 || !(ctx.text.classes[i - 1] == .letter || ctx.text.classes[i - 1] == .digit || f[i - 1] == 0x2D)
            else {
                i += 1
                continue
            }
            // Maximal run of letters, digits, '-', '/' and inner dots.
            var e = i
            while e < n,
                ctx.text.classes[e] == .letter || ctx.text.classes[e] == .digit || f[e] == 0x2D || f[e] == 0x2F || f[e] == 0x5F
                    || (f[e] == 0x2E && e + 1 < n && ctx.text.classes[e + 1] == .digit)
            {
                e += 1
            }
            while e > i, f[e - 1] == 0x2D || f[e - 1] == 0x2F || f[e - 1] == 0x2E { e -= 1 }
            // Every invoice number has a digit; plain words are skipped without building strings.
            guard (i..<e).contains(where: { ctx.text.classes[$0] == .digit }) else {
                i = max(e, i + 1)
                continue
            }
            let raw = ctx.text.text(i, e)
            if let hit = known.lookup(raw) {
                ctx.add(.invoice, start: i, end: e, value: hit.number) { $0.clientIDs = [hit.client] }
                i = e
                continue
            }
            if let len = shapeLength(ctx, from: i, to: e) {
                let value = ctx.text.text(i, i + len).uppercased()
                let hit = known.lookup(value)
                ctx.add(.invoice, start: i, end: i + len, value: hit?.number ?? value) { e in
                    if let hit { e.clientIDs = [hit.client] }
                }
                i += len
                continue
            }
            i = max(e, i + 1)
        }
        scanTails(&ctx, known: known)
    }

    /// Letters (1–5), an optional hyphen, digits, then more "-digits" groups; a hyphen or capitals
    /// must show it is a code and not a word ("mp3"), and currency codes ("USD300") are money.
    private static func shapeLength(_ ctx: ExtractionContext, from i: Int, to e: Int) -> Int? {
        let f = ctx.text.folded
        var j = i
        var letters = 0
        var allUpper = true
        while j < e, ctx.text.classes[j] == .letter, f[j] < 0x80 {
            if !ctx.text.upper[j] { allUpper = false }
            letters += 1
            j += 1
        }
        guard (1...5).contains(letters) else { return nil }
        var hyphen = false
        if j < e, f[j] == 0x2D {
            hyphen = true
            j += 1
        }
        var digits = 0
        while j < e, ctx.text.classes[j] == .digit {
            digits += 1
            j += 1
        }
        guard digits >= (hyphen ? 1 : 3) else { return nil }
        while j + 1 < e, f[j] == 0x2D || f[j] == 0x2F, ctx.text.classes[j + 1] == .digit {
            j += 1
            while j < e, ctx.text.classes[j] == .digit { j += 1 }
        }
        guard j == e || ctx.text.classes[j] != .letter else { return nil }
        let prefix = ctx.text.text(i, i + letters)
        if !hyphen && (!allUpper || Currency(code: prefix) != nil) { return nil }
        // "Jun-15", "ago-2019": a month and a day or a year is a date.
        if let k = ctx.text.tokenIndex(startingAt: i),
            ctx.lexicon.months.match(ctx.tokens, at: k) != nil
                || ctx.lexicon.monthAbbreviations.match(ctx.tokens, at: k) != nil, digits <= 2 || digits == 4
        {
            return nil
        }
        if hyphen, letters >= 3, Currency(code: prefix) != nil { return nil }
        return j - i
    }

    private static func scanTails(_ ctx: inout ExtractionContext, known: InvoiceDirectory) {
        guard !known.isEmpty else { return }
        for i in 0..<ctx.tokens.count where ctx.isFree(i) && ctx.tokens[i].isNumber && ctx.tokens[i].length >= 2 {
            let t = ctx.tokens[i]
            let hashBefore = t.start > 0 && ctx.text.folded[t.start - 1] == 0x23
            var cue = hashBefore
            if !cue, i > 0 {
                for back in 1...min(2, i) where ctx.lexicon.invoiceWords.match(ctx.tokens, at: i - back)?.count == back {
                    cue = true
                }
            }
            guard cue, !(t.end < ctx.text.count && [0x2F, 0x2C, 0x2E, 0x25].contains(ctx.text.folded[t.end]) && ctx.text.isClass(t.end + 1, .digit))
            else { continue }
            if let hit = known.uniqueTail(t.norm) {
                ctx.add(.invoice, start: hashBefore ? t.start - 1 : t.start, end: t.end, value: hit.number) { $0.clientIDs = [hit.client] }
            }
        }
    }
}
