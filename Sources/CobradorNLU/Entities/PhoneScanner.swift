/// Finds telephone numbers: an optional "+", then digit groups separated by single spaces,
/// hyphens or brackets, nine to fifteen digits in all (Spain's 9, +34 …, +1 415 555 0100).
enum PhoneScanner {
    static func scan(_ ctx: inout ExtractionContext) {
        let f = ctx.text.folded
        let cls = ctx.text.classes
        let n = f.count
        var i = 0
        while i < n {
            let startsHere =
                (f[i] == 0x2B && i + 1 < n && cls[i + 1] == .digit) || cls[i] == .digit
                || (f[i] == 0x28 && i + 1 < n && (cls[i + 1] == .digit || f[i + 1] == 0x2B))
            guard startsHere, i == 0 || !(cls[i - 1] == .letter || cls[i - 1] == .digit || f[i - 1] == 0x2E || f[i - 1] == 0x2C || f[i - 1] == 0x2D)
            else {
                i += 1
                continue
            }
            var j = i
            var digits = 0
            var lastDigit = i
            var previousWasSeparator = false
            if f[j] == 0x2B || f[j] == 0x28 { j += 1 }
            while j < n {
                if cls[j] == .digit {
                    digits += 1
                    lastDigit = j
                    previousWasSeparator = false
                } else if (f[j] == 0x20 || f[j] == 0x2D || f[j] == 0x28 || f[j] == 0x29 || f[j] == 0x2E) && !previousWasSeparator {
                    previousWasSeparator = f[j] != 0x29
                } else if f[j] == 0x20 && previousWasSeparator && j > 0 && f[j - 1] == 0x29 {
                    // ") " is one separator.
                } else {
                    break
                }
                if digits > 15 { break }
                j += 1
            }
            let end = lastDigit + 1
            let hasPlus = f[i] == 0x2B || (f[i] == 0x28 && f[i + 1] == 0x2B)
            let minDigits = hasPlus ? 8 : 9
            if digits >= minDigits && digits <= 15 && !(end < n && (cls[end] == .letter || cls[end] == .digit))
                && !followedByCurrencyOrUnit(ctx, end) && !looksLikeAmount(ctx, i, end)
            {
                let range = ctx.text.tokenRange(coveringChars: i, end)
                if ctx.text.isFree(range) {
                    var value = hasPlus ? "+" : ""
                    for k in i..<end where cls[k] == .digit { value.unicodeScalars.append(Unicode.Scalar(f[k])!) }
                    ctx.add(.phone, start: i, end: end, value: value)
                    i = end
                    continue
                }
            }
            i = max(i + 1, j)
        }
    }

    private static func followedByCurrencyOrUnit(_ ctx: ExtractionContext, _ end: Int) -> Bool {
        var k = end
        while k < ctx.text.count, ctx.text.classes[k] == .space { k += 1 }
        guard k < ctx.text.count else { return false }
        if ctx.text.classes[k] == .other { return ctx.lexicon.currencySymbols[ctx.text.text(k, k + 1).lowercased()] != nil }
        if let t = ctx.text.tokenIndex(startingAt: k) {
            return ctx.lexicon.currencies.match(ctx.tokens, at: t) != nil || ctx.lexicon.multipliers.match(ctx.tokens, at: t) != nil
        }
        return false
    }

    /// "1.200.000" or "1,200,300" are amounts, not phones: dots or commas between groups of three.
    private static func looksLikeAmount(_ ctx: ExtractionContext, _ start: Int, _ end: Int) -> Bool {
        let f = ctx.text.folded
        var dots = 0
        var spaces = 0
        for k in start..<end {
            if f[k] == 0x2E || f[k] == 0x2C { dots += 1 }
            if f[k] == 0x20 { spaces += 1 }
        }
        return dots > 0 && spaces == 0 && f[start] != 0x2B
    }
}
