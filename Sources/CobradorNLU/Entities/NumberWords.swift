/// Reads numbers written as words in either language ("dos mil quinientos", "thirty",
/// "a thousand", "veintiuno"), optionally after digits ("3 mil", "1,5 millones" is in MoneyScanner).
enum NumberWords {
    /// The value and the number of tokens used, starting at token `i`.
    static func parse(_ ctx: ExtractionContext, at i: Int, allowArticle: Bool = true) -> (value: Int, count: Int)? {
        let tokens = ctx.tokens
        var total = 0
        var current = 0
        var j = i
        var used = false
        var lastWasNumber = false
        while j < tokens.count, ctx.isFree(j) {
            let t = tokens[j]
            if t.isNumber {
                guard !used, !t.glued, let v = t.intValue, v < 1_000_000_000 else { break }
                // Digits only start a word number when a multiplier follows ("3 mil").
                guard j + 1 < tokens.count, ctx.lexicon.multipliers.value(tokens[j + 1]) != nil else { break }
                current = v
                used = true
                lastWasNumber = true
                j += 1
                continue
            }
            if let m = ctx.lexicon.multipliers.value(t) {
                if m >= 1_000_000, total + current > 0, total + current < m {
                    // "mil millones", "un mil millones", "mil doscientos millones": everything so far counts millions.
                    total = (total + current) * m
                    current = 0
                } else if m >= 1000 {
                    total += max(current, 1) * m
                    current = 0
                } else {
                    current = max(current, 1) * m
                }
                used = true
                lastWasNumber = true
                j += 1
                continue
            }
            if let v = ctx.lexicon.numbers.value(t) {
                if lastWasNumber, current % 10 != 0 || (current != 0 && v >= 10 && current < 100 && v < 100) {
                    // "dos tres" is not a number; stop before the second.
                    if current % 100 != 0 || v >= 100 { break }
                }
                current += v
                used = true
                lastWasNumber = true
                j += 1
                continue
            }
            if allowArticle, !used, t.norm == "a" || t.norm == "un" || t.norm == "una" || t.norm == "an",
                j + 1 < tokens.count, ctx.lexicon.multipliers.value(tokens[j + 1]) != nil
            {
                current = 1
                used = true
                lastWasNumber = false
                j += 1
                continue
            }
            if used, lastWasNumber, t.norm == "y" || t.norm == "and", j + 1 < tokens.count,
                ctx.lexicon.numbers.value(tokens[j + 1]) != nil
            {
                lastWasNumber = false
                j += 1
                continue
            }
            break
        }
        guard used, j > i else { return nil }
        if j > i, tokens[j - 1].norm == "y" || tokens[j - 1].norm == "and" { j -= 1 }
        return (total + current, j - i)
    }
}
