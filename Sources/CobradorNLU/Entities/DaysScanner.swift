/// Finds an age threshold in days for listing overdue invoices: "más de 30 días", "older than
/// 60 days", "90 días o más", "+30 días", "más de un mes" (30).
enum DaysScanner {
    static func scan(_ ctx: inout ExtractionContext) {
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isFree(i) else { continue }
            let start = i
            var k = i
            var cue = false
            if let m = ctx.lexicon.daysBefore.match(ctx.tokens, at: i) {
                cue = true
                k = i + m.count
            } else if ctx.tokens[i].isNumber, ctx.tokens[i].start > 0, [0x2B, 0x3E].contains(ctx.text.folded[ctx.tokens[i].start - 1]) {
                cue = true
            }
            guard let (n, unitDays, last) = count(ctx, at: k) else {
                // "vencidas +60", "overdue >30d": a plus or greater-than sign and a count of days.
                let t = ctx.tokens[i]
                if k == i, cue, t.isNumber, let n = t.intValue, n <= 3650, !ctx.text.isClass(t.end, .other) || ctx.text.char(t.end) != 0x25 {
                    var end = i
                    if i + 1 < ctx.tokens.count, ctx.tokens[i + 1].glued, ctx.tokens[i + 1].norm == "d" {
                        end = i + 1
                    } else if i + 1 < ctx.tokens.count, ctx.lexicon.units.match(ctx.tokens, at: i + 1) != nil {
                        continue
                    }
                    ctx.add(.days, start: t.start - 1, end: ctx.tokens[end].end, value: String(n)) { $0.number = n }
                    i = end
                }
                continue
            }
            var end = last
            if let m = ctx.lexicon.daysAfter.match(ctx.tokens, at: last + 1) {
                cue = true
                end = last + m.count
            }
            guard cue else { continue }
            let days = n * unitDays
            let startChar =
                start == i && k == i && ctx.tokens[i].start > 0 && [0x2B, 0x3E].contains(ctx.text.folded[ctx.tokens[i].start - 1])
                ? ctx.tokens[i].start - 1 : ctx.tokens[start].start
            ctx.add(.days, start: startChar, end: ctx.tokens[end].end, value: String(days)) { $0.number = days }
            i = end
        }
    }

    private static func count(_ ctx: ExtractionContext, at i: Int) -> (Int, Int, Int)? {
        guard i < ctx.tokens.count, ctx.isFree(i) else { return nil }
        var n: Int
        var k: Int
        if ctx.tokens[i].isNumber, let v = ctx.tokens[i].intValue, v <= 5000 {
            n = v
            k = i + 1
        } else if ["un", "una", "a", "an", "one"].contains(ctx.tokens[i].norm) {
            n = 1
            k = i + 1
        } else if let (v, c) = NumberWords.parse(ctx, at: i, allowArticle: false) {
            n = v
            k = i + c
        } else {
            return nil
        }
        guard k < ctx.tokens.count, let (unit, c) = ctx.lexicon.units.match(ctx.tokens, at: k) else { return nil }
        let perUnit: Int
        switch unit {
        case .day: perUnit = 1
        case .week: perUnit = 7
        case .fortnight: perUnit = 14
        case .month: perUnit = 30
        case .year: perUnit = 365
        }
        return (n, perUnit, k + c - 1)
    }
}
