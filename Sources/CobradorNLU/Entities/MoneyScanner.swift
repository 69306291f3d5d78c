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
            // Scaled or counted in a word that says money by itself ("3.5k", "2 lucas", "120 MEUR").
            var selfEvident = false
            var currency: String?
            var possible: [String] = []
            // "USD3.14", "GBP3.01": a code glued before the digits is still a code.
            if t.isNumber && (!t.glued || (i > 0 && codeBefore(ctx, i) != nil)) {
                guard let parsed = number(ctx, at: i) else { continue }
                amount = (parsed.integer, parsed.fraction)
                endChar = parsed.end
                lastToken = ctx.text.tokenRange(coveringChars: t.start, parsed.end).upperBound - 1
            } else if !t.isNumber, let words = NumberWords.parse(ctx, at: i), words.value > 0 {
                amount = (String(words.value), "")
                lastToken = i + words.count - 1
                endChar = ctx.tokens[lastToken].end
                // "dos millones y medio": half of the scale the words end with.
                if let f = ctx.lexicon.moneyScales.match(ctx.tokens, at: lastToken)?.value
                    ?? ctx.lexicon.multipliers.value(ctx.tokens[lastToken]), f >= 1000,
                    let used = halfAfter(ctx, lastToken), let sum = Int(amount!.integer).map({ $0 + f / 2 })
                {
                    amount!.integer = String(sum)
                    lastToken += used
                    endChar = ctx.tokens[lastToken].end
                }
                // "two point five million", "dos coma cinco millones".
                if let (fraction, last) = spokenDecimals(ctx, after: lastToken) {
                    amount!.fraction = fraction
                    lastToken = last
                    endChar = ctx.tokens[last].end
                }
            } else if ["a", "an", "un", "una"].contains(t.norm), i + 1 < ctx.tokens.count, ctx.isFree(i + 1),
                ctx.lexicon.currencies.match(ctx.tokens, at: i + 1) != nil
            {
                // "a dollar", "un euro".
                amount = ("1", "")
            } else {
                continue
            }
            guard var value = amount else { continue }
            // "two and a half million": the half belongs to the number the scale multiplies.
            if value.fraction.isEmpty, let used = halfAfter(ctx, lastToken), lastToken + used + 1 < ctx.tokens.count,
                ctx.lexicon.moneyScales.match(ctx.tokens, at: lastToken + used + 1) != nil
                    || (ctx.lexicon.multipliers.value(ctx.tokens[lastToken + used + 1]) ?? 0) >= 1000
            {
                value.fraction = "5"
                lastToken += used
            }
            // Scales: "2k", "1,5k", "3 mil", "1,5 millones", "$75 million", "1,17 mil millones", "2 lucas", "120 MEUR".
            var spokenScale: Int?
            while lastToken + 1 < ctx.tokens.count, ctx.isFree(lastToken + 1) {
                let next = ctx.tokens[lastToken + 1]
                var factor: Int?
                var count = 1
                if next.norm == "k" && (next.glued || lastToken + 2 >= ctx.tokens.count || !ctx.tokens[lastToken + 2].isNumber) {
                    factor = 1000
                    selfEvident = true
                } else if let m = ctx.lexicon.moneyScales.match(ctx.tokens, at: lastToken + 1) {
                    factor = m.value
                    count = m.count
                    selfEvident =
                        selfEvident || next.glued || m.value >= 1_000_000
                        || ctx.lexicon.ambiguousCurrencies.match(ctx.tokens, at: lastToken + 1) != nil
                    if let codes = ctx.lexicon.ambiguousCurrencies.match(ctx.tokens, at: lastToken + 1)?.value { possible = codes }
                } else if let m = ctx.lexicon.multipliers.value(next), m >= 1000 {
                    factor = m
                } else if let (f, code) = scaledCode(next.norm) {
                    factor = f
                    currency = code
                    selfEvident = true
                } else if next.norm == "m" || next.norm == "b" || next.norm == "bn" || next.norm == "mm",
                    next.glued || symbolAfter(ctx, next.end, glued: true) != nil
                {
                    // "5m", and "2 M€" where the sign glued after the letter says it is a scale.
                    factor = next.norm == "m" || next.norm == "mm" ? 1_000_000 : 1_000_000_000
                    selfEvident = selfEvident || !next.glued
                }
                guard let f = factor, let s = scale(value, by: f) else { break }
                spokenScale = ctx.lexicon.multipliers.value(next) == f ? f : nil
                value = s
                lastToken += count
                endChar = ctx.tokens[lastToken].end
                // "dos millones y medio", "two and a half thousand" is said the other way round.
                if f >= 10, let used = halfAfter(ctx, lastToken), let h = scale(("5", ""), by: f / 10), let sum = add(value, h) {
                    value = sum
                    lastToken += used
                    endChar = ctx.tokens[lastToken].end
                }
                if currency != nil { break }
            }
            // "15 mil 500", "2 million 300 thousand", "1 millón doscientos mil": a smaller number said right
            // after a scale word is the rest of the amount.
            if let f = spokenScale, let (rest, used) = remainder(ctx, after: lastToken, below: f),
                let sum = add(value, (String(rest), ""))
            {
                value = sum
                lastToken += used
                endChar = ctx.tokens[lastToken].end
            }
            // Currency after: symbol, code or words ("euros", "pesos mexicanos", "de euros").
            var after = lastToken + 1
            if currency == nil, let (code, codes, end) = symbolAfter(ctx, endChar) {
                currency = code
                possible = codes
                endChar = end
                lastToken = max(lastToken, ctx.text.tokenRange(coveringChars: ctx.tokens[i].start, end).upperBound - 1)
            } else if currency == nil {
                // "1,5 millones de pesos", "1.000.000 de euros", "2 grand in euros".
                if after < ctx.tokens.count, ["de", "of", "in", "en"].contains(ctx.tokens[after].norm),
                    after + 1 < ctx.tokens.count, currencyWord(ctx, at: after + 1) != nil
                {
                    after += 1
                }
                if after < ctx.tokens.count, ctx.isFree(after), let (code, codes, count) = currencyWord(ctx, at: after) {
                    currency = code
                    possible = codes
                    endChar = ctx.tokens[after + count - 1].end
                    lastToken = after + count - 1
                } else if after < ctx.tokens.count, ctx.isFree(after), ctx.tokens[after].norm.count == 3,
                    ctx.text.upper[ctx.tokens[after].start], Currency(code: ctx.tokens[after].norm) != nil
                {
                    currency = ctx.tokens[after].norm.uppercased()
                    endChar = ctx.tokens[after].end
                    lastToken = after
                }
            }
            // Currency before: "$1,200", "€600", "US$ 300", "USD 300", "EUR 1.200", "C$ 20", "u.s. $5".
            if currency == nil && possible.isEmpty {
                if let (code, codes, s) = symbolBefore(ctx, startChar) {
                    currency = code
                    possible = codes
                    startChar = s
                } else if i > 0, ctx.isFree(i - 1), let code = codeBefore(ctx, i) {
                    currency = code
                    startChar = ctx.tokens[i - 1].start
                } else if i > 0, ctx.isFree(i - 1), let (code, codes) = currencyWordBefore(ctx, i) {
                    currency = code
                    possible = codes
                    startChar = ctx.tokens[i - 1].start
                }
            }
            let stated = currency != nil || !possible.isEmpty
            if !stated && !selfEvident {
                guard hasMoneyCue(ctx, before: i), !followedByNonMoneyUnit(ctx, lastToken), t.isNumber,
                    !(ctx.text.isClass(endChar, .other) && ctx.text.char(endChar) == 0x25)
                else { continue }
            }
            // "20 dollars 43 cents", "$20 and 43c", "15 dollars 50", "17 USD 25", "US$3 and fourteen".
            if stated, value.fraction.isEmpty, let (cents, end, endToken) = centsAfter(ctx, lastToken, currency: currency) {
                value.fraction = cents
                endChar = end
                lastToken = endToken
            }
            // "7 euros y medio", "ten dollars and a half": half of the unit.
            if stated, value.fraction.isEmpty, let used = halfAfter(ctx, lastToken) {
                value.fraction = "50"
                lastToken += used
                endChar = ctx.tokens[lastToken].end
            }
            if value.integer.count > 15 { continue }
            while value.integer.count > 1 && value.integer.hasPrefix("0") { value.integer.removeFirst() }
            let cur = currency.flatMap { Currency(code: $0) }
            let plain = value.fraction.isEmpty ? value.integer : value.integer + "." + value.fraction
            var money = cur.flatMap { Money(decimalString: plain, currency: $0) }
            // "pagó -50 €": the sign is kept, so the payment is refused rather than recorded as 50 €.
            let minus = ctx.text.char(startChar - 1) == 0x2D || ctx.text.char(startChar - 1) == 0x2212
            let negative = minus && (startChar - 1 == 0 || ctx.text.char(startChar - 2) == 0x20)
            if negative, let positive = money { money = Money(minorUnits: -positive.minorUnits, currency: positive.currency) }
            ctx.add(.money, start: negative ? startChar - 1 : startChar, end: endChar, value: nil) { e in
                e.currency = cur
                e.money = money
                e.amount = money?.plainString ?? (negative ? "-" + plain : plain)
                e.possibleCurrencies = cur == nil ? possible : []
            }
            i = lastToken
        }
    }

    /// A currency word at token `k`: a definite one ("euros", "rupees") or one several currencies
    /// share ("pesos"): (code or nil, possible codes, tokens used).
    static func currencyWord(_ ctx: ExtractionContext, at k: Int) -> (String?, [String], Int)? {
        if let (code, count) = ctx.lexicon.currencies.match(ctx.tokens, at: k) { return (code, [], count) }
        if let (codes, count) = ctx.lexicon.ambiguousCurrencies.match(ctx.tokens, at: k),
            ctx.lexicon.moneyScales.match(ctx.tokens, at: k) == nil
        {
            return (nil, codes, count)
        }
        return nil
    }

    /// "dólares 300", "rupees 500": a currency word right before the number (definite ones only).
    private static func currencyWordBefore(_ ctx: ExtractionContext, _ i: Int) -> (String?, [String])? {
        for back in 1...2 where i - back >= 0 {
            if let (code, count) = ctx.lexicon.currencies.match(ctx.tokens, at: i - back), count == back,
                ["rs", "rp", "rm", "kr", "fr", "sfr", "ft", "lei"].contains(ctx.tokens[i - back].norm)
            {
                return (code, [])
            }
        }
        return nil
    }

    /// "MEUR", "kUSD", "mUSD": a scale letter glued to an ISO code.
    static func scaledCode(_ word: String) -> (Int, String)? {
        guard word.utf8.count == 4, let first = word.first, first == "m" || first == "k" || first == "b" else { return nil }
        let code = String(word.dropFirst()).uppercased()
        guard Currency(code: code) != nil else { return nil }
        return (first == "k" ? 1000 : first == "m" ? 1_000_000 : 1_000_000_000, code)
    }

    /// "point five", "coma cinco": digits said one by one after a decimal word.
    private static func spokenDecimals(_ ctx: ExtractionContext, after last: Int) -> (String, Int)? {
        let t = ctx.tokens
        guard last + 2 < t.count, ["point", "coma", "punto"].contains(t[last + 1].norm) else { return nil }
        var digits = ""
        var k = last + 2
        while k < t.count, digits.count < 3 {
            if t[k].isNumber, digits.isEmpty, t[k].length <= 3 {
                digits = t[k].norm
                k += 1
                break
            }
            guard let v = ctx.lexicon.numbers.value(t[k]), v < 10 else { break }
            digits += String(v)
            k += 1
        }
        return digits.isEmpty ? nil : (digits, k - 1)
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
                current.count <= 3, seps.allSatisfy({ $0 == 0x20 })
            {
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
        // A date ("15/12", "15/dic"), a time ("10:30"), an invoice tail or letters glued after: not an amount;
        // a rate is ("$5.99/mo", "40 €/h").
        if j < f.count, f[j] == 0x2F, !isRate(ctx, slash: j) { return nil }
        if j < f.count, f[j] == 0x3A || (f[j] == 0x2D && ctx.text.isClass(j + 1, .digit)) { return nil }
        if j < f.count, cls[j] == .letter {
            let k = ctx.text.tokenIndex(startingAt: j)
            let word = k.map { ctx.tokens[$0].norm } ?? ""
            let scaleWord =
                ["k", "m", "b", "bn", "mm", "mn"].contains(word) || scaledCode(word) != nil
                || (k.map { ctx.lexicon.moneyScales.match(ctx.tokens, at: $0) != nil } ?? false)
            if !scaleWord && ctx.lexicon.currencies.match(ctx.tokens, at: k ?? 0) == nil
                && !(1...3).contains(where: { j + $0 <= ctx.text.count && ctx.lexicon.currencySymbols[ctx.text.text(j, j + $0).lowercased()] != nil })
            {
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
        // Indian grouping, "1,50,000" (one lakh fifty thousand): pairs of digits before the last three.
        let grouped = decimalSep == nil ? groups : Array(groups.dropLast())
        let indian =
            grouped.count >= 3 && seps.allSatisfy { $0 == 0x2C || $0 == decimalSep } && grouped[0].count <= 2
            && grouped.last!.count == 3 && grouped.dropFirst().dropLast().allSatisfy { $0.count == 2 }
        for (k, sep) in seps.enumerated() {
            let g = groups[k + 1]
            if sep == decimalSep && k == seps.count - 1 {
                fraction = g
            } else {
                guard g.count == 3 || (indian && g.count == 2), groups[0].count <= 3 else { return nil }
                integer += g
            }
        }
        return (integer, fraction, j)
    }

    /// A slash and a word that is no month after an amount: "$5.99/mo", "40 €/hora".
    private static func isRate(_ ctx: ExtractionContext, slash j: Int) -> Bool {
        guard ctx.text.isClass(j + 1, .letter), let k = ctx.text.tokenIndex(startingAt: j + 1) else { return false }
        let lx = ctx.lexicon
        return lx.months.match(ctx.tokens, at: k) == nil && lx.monthAbbreviations.match(ctx.tokens, at: k) == nil
    }

    /// "y medio", "y media", "and a half" after token `last`: the tokens it takes.
    private static func halfAfter(_ ctx: ExtractionContext, _ last: Int) -> Int? {
        let t = ctx.tokens
        guard last + 2 < t.count, ["y", "and"].contains(t[last + 1].norm), ctx.isFree(last + 1) else { return nil }
        if ["medio", "media"].contains(t[last + 2].norm) { return 2 }
        if last + 3 < t.count, t[last + 2].norm == "a", t[last + 3].norm == "half" { return 3 }
        return nil
    }

    /// A whole number below `limit` starting right after token `last`, with only a space between, in
    /// digits or words, and no unit after it ("15 mil 2 facturas" is two invoices): its value and tokens.
    private static func remainder(_ ctx: ExtractionContext, after last: Int, below limit: Int) -> (Int, Int)? {
        let k = last + 1
        let t = ctx.tokens
        guard k < t.count, ctx.isFree(k), !t[k].glued, ctx.text.text(t[last].end, t[k].start).allSatisfy(\.isWhitespace) else {
            return nil
        }
        var found: (value: Int, count: Int)?
        if t[k].isNumber {
            // "2 mil 1,5" is no remainder: the number must end where its token does, without decimals.
            guard let n = number(ctx, at: k), n.fraction.isEmpty, n.end == t[k].end, let v = Int(n.integer) else { return nil }
            found = NumberWords.parse(ctx, at: k, allowArticle: false) ?? (v, 1)
        } else {
            found = NumberWords.parse(ctx, at: k, allowArticle: false)
        }
        guard let (value, count) = found, value > 0, value < limit, !followedByNonMoneyUnit(ctx, k + count - 1) else { return nil }
        return (value, count)
    }

    /// Sums two whole amounts written as digits.
    private static func add(
        _ a: (integer: String, fraction: String), _ b: (integer: String, fraction: String)
    ) -> (
        integer: String, fraction: String
    )? {
        guard a.fraction.isEmpty, b.fraction.isEmpty, let x = Int(a.integer), let y = Int(b.integer) else { return nil }
        let (sum, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : (String(sum), "")
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
        while f > 1, f % 10 == 0 {
            zeros += 1
            f /= 10
        }
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

    /// A currency sign right after the amount: (code or nil, possible codes, end char).
    private static func symbolAfter(_ ctx: ExtractionContext, _ end: Int, glued: Bool = false) -> (String?, [String], Int)? {
        var k = end
        if !glued, k < ctx.text.count, ctx.text.classes[k] == .space { k += 1 }
        guard k < ctx.text.count, ctx.text.folded[k] != 0x2E, ctx.text.folded[k] != 0x2C else { return nil }
        // "3.14US$": letters may start a symbol, but only one that has a non-letter in it.
        let startsWithLetter = ctx.text.classes[k] == .letter
        guard ctx.text.classes[k] == .other || startsWithLetter else { return nil }
        for len in stride(from: 4, through: 1, by: -1) where k + len <= ctx.text.count {
            let s = ctx.text.text(k, k + len).lowercased()
            if startsWithLetter && !s.unicodeScalars.contains(where: { !CharacterSetASCII.isAlnum($0) }) { continue }
            // "5 zł" and "100 Kč" are letters, but they end a symbol only at a word boundary.
            if startsWithLetter, ctx.text.isClass(k + len, .letter) { continue }
            if let code = ctx.lexicon.currencySymbols[s] { return (code, [], k + len) }
            if let codes = ctx.lexicon.ambiguousCurrencySymbols[s] { return (nil, codes, k + len) }
        }
        return nil
    }

    /// Cents after an amount with its currency: an optional "and" / "y" / "con", 1–99, and a cents
    /// word ("cents", "c", "céntimos", "centavos", "pence"). The fraction, the end char and token.
    private static func centsAfter(_ ctx: ExtractionContext, _ last: Int, currency: String?) -> (String, Int, Int)? {
        let t = ctx.tokens
        var k = last + 1
        if k < t.count, ["and", "y", "con", "with"].contains(t[k].norm) { k += 1 }
        guard k < t.count, ctx.isFree(k) else { return nil }
        var n: Int
        var next: Int
        if t[k].isNumber, t[k].norm.count <= 2, let v = Int(t[k].norm), v < 100, !t[k].glued {
            n = v
            next = k + 1
        } else if let (v, c) = NumberWords.parse(ctx, at: k, allowArticle: false), v < 100, v > 0 {
            n = v
            next = k + c
        } else {
            return nil
        }
        let cents = t[k].isNumber ? (t[k].norm.count == 1 ? "0" + t[k].norm : t[k].norm) : (n < 10 ? "0\(n)" : String(n))
        if next < t.count, centWords.contains(t[next].norm) {
            return (cents, t[next].end, next)
        }
        // "15 dollars 50", "17 USD 25", "US$3 and fourteen": a second number right after the currency is its cents,
        // unless something makes it a count, a date or another amount ("500 € 2 días", "300 euros 15 de diciembre").
        if next < t.count {
            if followedByNonMoneyUnit(ctx, next - 1) || ctx.lexicon.currencies.match(t, at: next) != nil { return nil }
            if t[next].isNumber { return nil }
            if ctx.text.isClass(t[next - 1].end, .other), [0x2F, 0x2E, 0x2C, 0x3A, 0x25].contains(ctx.text.char(t[next - 1].end)),
                ctx.text.isClass(t[next - 1].end + 1, .digit)
            {
                return nil
            }
        }
        if ctx.text.isClass(t[next - 1].end, .other), ctx.text.char(t[next - 1].end) == 0x25 { return nil }
        return (cents, t[next - 1].end, next - 1)
    }

    /// Letters written apart before "$" that name whose dollars they are.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "c": "CAD", "ca": "CAD", "nz": "NZD", "hk": "HKD", "au": "AUD", "mx": "MXN",
        "sg": "SGD", "nt": "TWD",
    ]

    static let centWords: Set<String> = [
        "cents", "cent", "c", "centimos", "centimo", "centavos", "centavo", "pence", "p", "ct", "cts", "penny", "pennies",
    ]

    /// A currency sign right before the amount: (code or nil, possible codes, start char). "u.s. $" is dollars of the US.
    private static func symbolBefore(_ ctx: ExtractionContext, _ start: Int) -> (String?, [String], Int)? {
        let k = ctx.previousNonSpace(start)
        // "U$D 90", "U$S 100": a symbol that ends in a letter.
        if k >= 2, ctx.text.classes[k] == .letter, ctx.text.folded[k - 1] == 0x24, !ctx.text.isClass(k - 3, .letter) {
            if let code = ctx.lexicon.currencySymbols[ctx.text.text(k - 2, k + 1).lowercased()] { return (code, [], k - 2) }
        }
        guard k >= 0, ctx.text.classes[k] == .other else { return nil }
        for len in stride(from: 4, through: 1, by: -1) where k - len + 1 >= 0 {
            let s = ctx.text.text(k - len + 1, k + 1).lowercased()
            guard s.unicodeScalars.contains(where: { !CharacterSetASCII.isAlnum($0) }) else { continue }
            // "US$" but not "plus$": a symbol that starts with letters starts a word.
            if s.first?.isLetter == true, ctx.text.isClass(k - len, .letter) { continue }
            if let code = ctx.lexicon.currencySymbols[s] { return (code, [], k - len + 1) }
            if let codes = ctx.lexicon.ambiguousCurrencySymbols[s] {
                // "u.s. $5", "US $5", "c $ 100", "nz $ 20": the country's letters before a dollar sign.
                let before = ctx.previousNonSpace(k - len + 1)
                if before >= 0, let t = ctx.text.tokens.last(where: { $0.end <= before + 1 }), t.end >= before,
                    let code = MoneyScanner.dollarPrefixes[t.norm], s == "$", !ctx.text.isClass(t.start - 1, .letter)
                {
                    return (code, [], t.start)
                }
                return (nil, codes, k - len + 1)
            }
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
        // Terse commands: "pago acme 450", "paid globex 300" — a cue anywhere before the last number of a short message.
        // "pagará el 3", "paga el día 15" name a day of the month instead.
        if ctx.tokens.count <= terseLength, i == ctx.tokens.count - 1, i > 0, !dayArticles.contains(ctx.tokens[i - 1].norm),
            let cue = (0..<i).first(where: {
                ctx.lexicon.moneyCues.match(ctx.tokens, at: $0) != nil
            })
        {
            // Only names between the cue and the amount: no other number, month or weekday ("sent Sat Aug 17 2013").
            let lx = ctx.lexicon
            return (cue + 1..<i).allSatisfy { k in
                !ctx.tokens[k].isNumber && lx.months.match(ctx.tokens, at: k) == nil && lx.monthAbbreviations.match(ctx.tokens, at: k) == nil
                    && lx.weekdays.match(ctx.tokens, at: k) == nil
            }
        }
        return false
    }

    static let terseLength = 5
    static let dayArticles: Set<String> = ["el", "dia", "the", "day", "on"]

    private static func followedByNonMoneyUnit(_ ctx: ExtractionContext, _ last: Int) -> Bool {
        let n = last + 1
        guard n < ctx.tokens.count else { return false }
        return ctx.lexicon.units.match(ctx.tokens, at: n) != nil || ctx.lexicon.months.match(ctx.tokens, at: n) != nil
            || ctx.lexicon.countedNouns.contains(ctx.tokens[n].norm)
            || ctx.lexicon.monthAbbreviations.match(ctx.tokens, at: n) != nil
            || ctx.tokens[n].norm == "de"
                && ctx.lexicon.months.match(ctx.tokens, at: n + 1) != nil
    }
}
