import CobradorCore

/// Finds amounts of money in either locale ("1.200,50 €", "$1,200.50", "2,750.50 EUR",
/// "15.000 pesos mexicanos", "USD 300", "mil euros", "1,5k €"). A currency is reported only
/// when the message names one; a bare number counts as money only after a money cue ("pago de 500").
enum MoneyScanner {
    static func scan(_ ctx: inout ExtractionContext) {
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isFree(i) else { continue }
            let t = ctx.tokens[i]
            var amount: (integer: String, fraction: String)?
            var startChar = t.start
            var endChar = t.end
            var lastToken = i
            // "USD3.14", "GBP3.01": a code glued before the digits is still a code.
            if t.isNumber && (!t.glued || (i > 0 && codeBefore(ctx, i) != nil)) {
                guard let parsed = number(ctx, at: i) else { continue }
                amount = (parsed.integer, parsed.fraction)
                endChar = parsed.end
                lastToken = ctx.text.tokenRange(coveringChars: t.start, parsed.end).upperBound - 1
                // Thousands shorthand: "2k", "1,5k", "3 mil", "1,5 millones".
                if lastToken + 1 < ctx.tokens.count {
                    let next = ctx.tokens[lastToken + 1]
                    var factor: Int?
                    if next.glued && next.norm == "k" { factor = 1000 }
                    else if let m = ctx.lexicon.multipliers.value(next), m >= 1000 { factor = m }
                    if let factor, let scaled = scale(amount!, by: factor) {
                        amount = scaled
                        lastToken += 1
                        endChar = next.end
                    }
                }
            } else if !t.isNumber, let words = NumberWords.parse(ctx, at: i), words.value > 0 {
                amount = (String(words.value), "")
                lastToken = i + words.count - 1
                endChar = ctx.tokens[lastToken].end
            } else if ["a", "an", "un", "una"].contains(t.norm), i + 1 < ctx.tokens.count, ctx.isFree(i + 1),
                      ctx.lexicon.currencies.match(ctx.tokens, at: i + 1) != nil {
                // "a dollar", "un euro".
                amount = ("1", "")
            } else {
                continue
            }
            guard var value = amount else { continue }
            // Currency after: symbol, code or words ("euros", "pesos mexicanos", "de euros").
            var currency: String?
            var after = lastToken + 1
            if let (code, end) = symbolAfter(ctx, endChar) {
                currency = code
                endChar = end
            } else {
                // "1,5 millones de pesos", "1.000.000 de euros".
                if after < ctx.tokens.count, ctx.tokens[after].norm == "de" || ctx.tokens[after].norm == "of",
                   after + 1 < ctx.tokens.count, ctx.lexicon.currencies.match(ctx.tokens, at: after + 1) != nil {
                    after += 1
                }
                if after < ctx.tokens.count, ctx.isFree(after), let (code, count) = ctx.lexicon.currencies.match(ctx.tokens, at: after) {
                    currency = code
                    endChar = ctx.tokens[after + count - 1].end
                    lastToken = after + count - 1
                } else if after < ctx.tokens.count, ctx.isFree(after), ctx.tokens[after].norm.count == 3,
                          ctx.text.upper[ctx.tokens[after].start], Currency(code: ctx.tokens[after].norm) != nil {
                    currency = ctx.tokens[after].norm.uppercased()
                    endChar = ctx.tokens[after].end
                    lastToken = after
                }
            }
            // Currency before: "$1,200", "€600", "US$ 300", "USD 300", "EUR 1.200".
            if currency == nil {
                if let (code, s) = symbolBefore(ctx, startChar) {
                    currency = code
                    startChar = s
                } else if i > 0, ctx.isFree(i - 1), let code = codeBefore(ctx, i) {
                    currency = code
                    startChar = ctx.tokens[i - 1].start
                }
            }
            if currency == nil {
                guard hasMoneyCue(ctx, before: i), !followedByNonMoneyUnit(ctx, lastToken), t.isNumber,
                      !(ctx.text.isClass(endChar, .other) && ctx.text.char(endChar) == 0x25)
                else { continue }
            }
            // "20 dollars 43 cents", "$20 and 43c", "20 euros con 50 céntimos".
            if currency != nil, value.fraction.isEmpty, let (cents, end, endToken) = centsAfter(ctx, lastToken) {
                value.fraction = cents
                endChar = end
                lastToken = endToken
            }
            if value.integer.count > 15 { continue }
            while value.integer.count > 1 && value.integer.hasPrefix("0") { value.integer.removeFirst() }
            let cur = currency.flatMap { Currency(code: $0) }
            let plain = value.fraction.isEmpty ? value.integer : value.integer + "." + value.fraction
            let money = cur.flatMap { Money(decimalString: plain, currency: $0) }
            ctx.add(.money, start: startChar, end: endChar, value: nil) { e in
                e.currency = cur
                e.money = money
                e.amount = money?.plainString ?? plain
            }
            i = lastToken
        }
    }

    /// Digits with thousands and decimal separators, read by the locale their shape implies:
    /// the last separator is decimal when both kinds appear, a single separator followed by exactly
    /// three digits groups thousands ("3.500", "1,200"), otherwise it is decimal ("12,5", "1.50").
    static func number(_ ctx: ExtractionContext, at i: Int) -> (integer: String, fraction: String, end: Int)? {
        let f = ctx.text.folded
        let cls = ctx.text.classes
        var j = ctx.tokens[i].start
        var groups: [String] = []
        var seps: [UInt32] = []
        var current = ""
        while j < f.count {
            if cls[j] == .digit {
                current.unicodeScalars.append(Unicode.Scalar(f[j])!)
                j += 1
            } else if (f[j] == 0x2E || f[j] == 0x2C || f[j] == 0x27) && j + 1 < f.count && cls[j + 1] == .digit && !current.isEmpty {
                groups.append(current)
                seps.append(f[j])
                current = ""
                j += 1
            } else if f[j] == 0x20 || f[j] == 0xA0 || f[j] == 0x202F, spaceGroupFollows(f, cls, at: j), !current.isEmpty,
                      current.count <= 3, seps.allSatisfy({ $0 == 0x20 }) {
                // "1 200 €", "15 000 pesos": a space (or a no-break space) between groups of three.
                groups.append(current)
                seps.append(0x20)
                current = ""
                j += 1
            } else {
                break
            }
        }
        groups.append(current)
        // A date ("15/12"), a time ("10:30"), an invoice tail or letters glued after: not an amount.
        if j < f.count, f[j] == 0x2F || f[j] == 0x3A || (f[j] == 0x2D && ctx.text.isClass(j + 1, .digit)) { return nil }
        if j < f.count, cls[j] == .letter {
            let k = ctx.text.tokenIndex(startingAt: j)
            let word = k.map { ctx.tokens[$0].norm } ?? ""
            if word != "k" && ctx.lexicon.currencies.match(ctx.tokens, at: k ?? 0) == nil
                && !(1...3).contains(where: { j + $0 <= ctx.text.count && ctx.lexicon.currencySymbols[ctx.text.text(j, j + $0).lowercased()] != nil }) {
                return nil
            }
        }
        if seps.isEmpty { return (groups[0], "", j) }
        let distinct = Set(seps)
        var decimalSep: UInt32?
        if distinct.count > 1 {
            decimalSep = seps.last
            if seps.dropLast().contains(decimalSep!) { return nil }
        } else if seps.count == 1 {
            decimalSep = seps[0] == 0x20 || (groups[1].count == 3 && groups[0] != "0") ? nil : seps[0]
        } else {
            decimalSep = nil
        }
        var integer = groups[0]
        var fraction = ""
        for (k, sep) in seps.enumerated() {
            let g = groups[k + 1]
            if sep == decimalSep && k == seps.count - 1 {
                fraction = g
            } else {
                guard g.count == 3, groups[0].count <= 3 else { return nil }
                integer += g
            }
        }
        return (integer, fraction, j)
    }

    /// Exactly three digits after the space at `j`, then no digit: a thousands group, not another number.
    private static func spaceGroupFollows(_ f: [UInt32], _ cls: [TextFolding.Class], at j: Int) -> Bool {
        guard j + 3 < f.count else { return false }
        for k in 1...3 where cls[j + k] != .digit { return false }
        return j + 4 >= f.count || cls[j + 4] != .digit
    }

    private static func scale(_ v: (integer: String, fraction: String), by factor: Int) -> (integer: String, fraction: String)? {
        var zeros = 0
        var f = factor
        while f > 1, f % 10 == 0 { zeros += 1; f /= 10 }
        guard f == 1 else { return nil }
        var digits = v.integer + v.fraction
        let shift = zeros - v.fraction.count
        guard shift >= 0 else {
            let cut = digits.count + shift
            return (String(digits.prefix(cut)), String(digits.suffix(-shift)))
        }
        digits += String(repeating: "0", count: shift)
        return (digits, "")
    }

    private static func symbolAfter(_ ctx: ExtractionContext, _ end: Int) -> (String, Int)? {
        var k = end
        if k < ctx.text.count, ctx.text.classes[k] == .space { k += 1 }
        guard k < ctx.text.count, ctx.text.folded[k] != 0x2E, ctx.text.folded[k] != 0x2C else { return nil }
        // "3.14US$": letters may start a symbol, but only one that has a non-letter in it.
        let startsWithLetter = ctx.text.classes[k] == .letter
        guard ctx.text.classes[k] == .other || startsWithLetter else { return nil }
        for len in stride(from: 3, through: 1, by: -1) where k + len <= ctx.text.count {
            let s = ctx.text.text(k, k + len).lowercased()
            if startsWithLetter && !s.unicodeScalars.contains(where: { !CharacterSetASCII.isAlnum($0) }) { continue }
            if let code = ctx.lexicon.currencySymbols[s] { return (code, k + len) }
        }
        return nil
    }

    /// Cents after an amount with its currency: an optional "and" / "y" / "con", 1–99, and a cents
    /// word ("cents", "c", "céntimos", "centavos", "pence"). The fraction, the end char and token.
    private static func centsAfter(_ ctx: ExtractionContext, _ last: Int) -> (String, Int, Int)? {
        let t = ctx.tokens
        var k = last + 1
        if k < t.count, ["and", "y", "con"].contains(t[k].norm) { k += 1 }
        guard k + 1 < t.count, ctx.isFree(k), t[k].isNumber, t[k].norm.count <= 2, let n = Int(t[k].norm), n < 100,
              ["cents", "cent", "c", "centimos", "centimo", "centavos", "centavo", "pence", "p"].contains(t[k + 1].norm)
        else { return nil }
        let cents = n < 10 && t[k].norm.count == 1 ? "0\(n)" : t[k].norm
        return (cents, t[k + 1].end, k + 1)
    }

    private static func symbolBefore(_ ctx: ExtractionContext, _ start: Int) -> (String, Int)? {
        let k = ctx.previousNonSpace(start)
        guard k >= 0, ctx.text.classes[k] == .other else { return nil }
        for len in stride(from: 4, through: 1, by: -1) where k - len + 1 >= 0 {
            let s = ctx.text.text(k - len + 1, k + 1).lowercased()
            guard s.unicodeScalars.contains(where: { !CharacterSetASCII.isAlnum($0) }) else { continue }
            if let code = ctx.lexicon.currencySymbols[s] { return (code, k - len + 1) }
        }
        return nil
    }

    private static func codeBefore(_ ctx: ExtractionContext, _ i: Int) -> String? {
        let p = ctx.tokens[i - 1]
        if let (code, count) = ctx.lexicon.currencies.match(ctx.tokens, at: i - 1), count == 1, p.norm.count == 3 || p.norm == "euros" {
            return code
        }
        if p.norm.count == 3, ctx.text.upper[p.start], let c = Currency(code: p.norm) { return c.code }
        return nil
    }

    private static func hasMoneyCue(_ ctx: ExtractionContext, before i: Int) -> Bool {
        for back in 1...3 where i - back >= 0 {
            if ctx.lexicon.moneyCues.match(ctx.tokens, at: i - back)?.count == back { return true }
        }
        return false
    }

    private static func followedByNonMoneyUnit(_ ctx: ExtractionContext, _ last: Int) -> Bool {
        let n = last + 1
        guard n < ctx.tokens.count else { return false }
        return ctx.lexicon.units.match(ctx.tokens, at: n) != nil || ctx.lexicon.months.match(ctx.tokens, at: n) != nil
            || ctx.lexicon.countedNouns.contains(ctx.tokens[n].norm)
            || ctx.lexicon.monthAbbreviations.match(ctx.tokens, at: n) != nil || ctx.tokens[n].norm == "de"
            && ctx.lexicon.months.match(ctx.tokens, at: n + 1) != nil
    }
}
