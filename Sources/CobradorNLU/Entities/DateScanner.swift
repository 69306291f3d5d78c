import CobradorCore

/// Finds dates, absolute and relative, in Spanish (day first) and English: "hoy", "pasado mañana",
/// "el viernes", "el próximo martes", "next Monday", "15/12", "15/01/2027", "15 de diciembre",
/// "December 10th", "en 30 días", "in two weeks", "a week from now", "fin de mes",
/// "principios de enero". Words come from the lexicon; numbers may be words ("treinta días").
enum DateScanner {
    static func scanNumeric(_ ctx: inout ExtractionContext) {
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isFree(i), ctx.tokens[i].isNumber, !ctx.tokens[i].glued || i == 0 || !ctx.tokens[i - 1].isNumber else { continue }
            if let (spec, last) = numericDate(ctx, at: i) {
                add(&ctx, spec, i, last)
                i = last
            }
        }
    }

    static func scanWords(_ ctx: inout ExtractionContext) {
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isFree(i) else { continue }
            if let (spec, first, last) = wordDate(ctx, at: i) {
                add(&ctx, spec, first, last)
                i = last
            }
        }
    }

    private static func add(_ ctx: inout ExtractionContext, _ spec: DateSpec, _ first: Int, _ last: Int) {
        let today = ctx.today
        ctx.add(.date, tokens: first, last, value: nil) { e in
            e.dateSpec = spec
            if case .fixed(let d) = spec {
                e.day = d
                e.value = d.isoString
            } else if let d = spec.resolve(today: today, .future) {
                e.day = d
                e.value = d.isoString
            }
        }
    }

    // MARK: numeric

    /// d/m, d/m/yy, d/m/yyyy, d-m-yyyy, d.m.yyyy and yyyy-mm-dd, day first (month first only
    /// when the day-first reading is impossible, as in "12/25").
    private static func numericDate(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int)? {
        let tokens = ctx.tokens
        var parts: [Int] = []
        var lengths: [Int] = []
        var sep: UInt32 = 0
        var j = i
        while j < tokens.count, tokens[j].isNumber, parts.count < 3 {
            guard let v = tokens[j].intValue else { return nil }
            parts.append(v)
            lengths.append(tokens[j].length)
            let end = tokens[j].end
            guard end < ctx.text.count, j + 1 < tokens.count, tokens[j + 1].isNumber, tokens[j + 1].start == end + 1 else { break }
            let s = ctx.text.folded[end]
            guard s == 0x2F || s == 0x2D || s == 0x2E else { break }
            if sep == 0 { sep = s } else if sep != s { return nil }
            j += 1
        }
        let last = i + parts.count - 1
        // Followed by more digits or letters glued on: not a date.
        if last + 1 < tokens.count, tokens[last + 1].glued { return nil }
        if tokens[last].end < ctx.text.count, [0x2F, 0x2D, 0x2C].contains(ctx.text.folded[tokens[last].end]),
           ctx.text.isClass(tokens[last].end + 1, .digit) { return nil }
        switch parts.count {
        case 3:
            if lengths[0] == 4 {
                guard let d = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
                return (.fixed(d), last)
            }
            guard lengths[2] == 4 || lengths[2] == 2 else { return nil }
            // Two-digit years as POSIX reads them: 69–99 are 1900s, 00–68 the 2000s.
            let year = lengths[2] == 2 ? (parts[2] >= 69 ? 1900 : 2000) + parts[2] : parts[2]
            if let d = CalendarDay(year: year, month: parts[1], day: parts[0]) { return (.fixed(d), last) }
            if let d = CalendarDay(year: year, month: parts[0], day: parts[1]) { return (.fixed(d), last) }
            return nil
        case 2:
            guard sep == 0x2F || sep == 0x2D, lengths[0] <= 2, lengths[1] <= 2 else { return nil }
            if (1...12).contains(parts[1]), parts[0] >= 1, parts[0] <= CalendarDay.daysIn(month: parts[1], year: 2024) {
                return (.dayMonth(day: parts[0], month: parts[1]), last)
            }
            if (1...12).contains(parts[0]), parts[1] >= 1, parts[1] <= CalendarDay.daysIn(month: parts[0], year: 2024) {
                return (.dayMonth(day: parts[1], month: parts[0]), last)
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: words

    private static func wordDate(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        let lx = ctx.lexicon
        let tokens = ctx.tokens
        let today = ctx.today

        // "pasado mañana" before "pasado" can be read as "last".
        if let (v, count) = lx.relativeDays.match(tokens, at: i), count > 1 {
            return (.fixed(today.adding(days: v)), i, i + count - 1)
        }
        // Direction words before a weekday or a unit: "next", "el próximo", "last", "este".
        var j = i
        var direction = 0
        var explicitThis = false
        if let m = lx.next.match(tokens, at: j) { direction = 1; j += m.count }
        else if let m = lx.last.match(tokens, at: j) { direction = -1; j += m.count }
        else if let m = lx.this.match(tokens, at: j) { explicitThis = true; j += m.count }

        // Weekday, with the direction before or after ("el martes que viene", "el viernes pasado").
        if j < tokens.count, ctx.isFree(j), let (wd, count) = lx.weekdays.match(tokens, at: j) {
            var last = j + count - 1
            var dir = direction
            if direction == 0, !explicitThis {
                // "Monday, Feb 18", "martes 15/12", "Tuesday the 19th": the date says it; the weekday adds nothing.
                if dateFollows(ctx, after: last) { return nil }
                // "friday after next", "wednesday of next week", "el viernes de la semana que viene".
                if let end = afterNext(ctx, after: last) {
                    let coming = DateSpec.weekday(wd).resolve(today: today, .future) ?? today
                    return (.fixed(coming.adding(days: 7)), i, end)
                }
                if let (end, weeks) = ofWeek(ctx, after: last) {
                    let monday = today.adding(days: 1 - today.weekday + 7 * weeks)
                    return (.fixed(monday.adding(days: wd - 1)), i, end)
                }
            }
            if dir == 0, !explicitThis {
                if let m = lx.next.match(tokens, at: last + 1) { dir = 1; last += m.count }
                else if let m = lx.last.match(tokens, at: last + 1) { dir = -1; last += m.count }
            }
            let spec: DateSpec
            if dir > 0 { spec = DateSpec.weekday(wd).resolve(today: today, .future).map { .fixed($0) } ?? .weekday(wd) }
            else if dir < 0 { spec = DateSpec.weekday(wd).resolve(today: today, .past).map { .fixed($0) } ?? .weekday(wd) }
            else if explicitThis { spec = .fixed(today.adding(days: (wd - today.weekday + 7) % 7)) }
            else { spec = .weekday(wd) }
            return (spec, i, last)
        }
        // "next week", "la semana que viene", "el mes pasado", "el próximo mes".
        if j < tokens.count, let (unit, count) = lx.units.match(tokens, at: j), unit != .day {
            var last = j + count - 1
            var dir = direction
            if dir == 0, !explicitThis {
                if let m = lx.next.match(tokens, at: last + 1) { dir = 1; last += m.count }
                else if let m = lx.last.match(tokens, at: last + 1) { dir = -1; last += m.count }
            }
            if dir != 0 {
                let start = i > 0 && (tokens[i - 1].norm == "la" || tokens[i - 1].norm == "el") && ctx.isFree(i - 1) && direction != 0 ? i - 1 : i
                return (.fixed(offset(today, unit, dir)), start, last)
            }
        }
        if direction != 0 || explicitThis { return nil }

        // "hoy", "mañana", "pasado mañana", "day after tomorrow".
        if let (v, count) = lx.relativeDays.match(tokens, at: i) {
            var last = i + count - 1
            // "mañana por la mañana" stays one date.
            if last + 3 < tokens.count, tokens[last + 1].norm == "por", lx.relativeDays.match(tokens, at: last + 3)?.value == v { last += 3 }
            return (.fixed(today.adding(days: v)), i, last)
        }
        // "en 30 días", "dentro de dos semanas", "in a week", "within 3 days".
        if let (_, count) = lx.futurePrepositions.match(tokens, at: i), let (n, unit, last) = quantity(ctx, at: i + count) {
            var end = last
            if let m = lx.fromNow.match(tokens, at: end + 1) { end += m.count }
            return (.fixed(offset(today, unit, n)), i, end)
        }
        // "hace 3 días".
        if let (_, count) = lx.agoBefore.match(tokens, at: i), let (n, unit, last) = quantity(ctx, at: i + count) {
            return (.fixed(offset(today, unit, -n)), i, last)
        }
        // "3 days ago", "two weeks from now".
        if let (n, unit, last) = quantity(ctx, at: i) {
            if let m = lx.agoAfter.match(tokens, at: last + 1) { return (.fixed(offset(today, unit, -n)), i, last + m.count) }
            if let m = lx.fromNow.match(tokens, at: last + 1) { return (.fixed(offset(today, unit, n)), i, last + m.count) }
        }
        // "fin de mes", "end of the month", "principios de enero", "mid-January", "finales del mes que viene".
        if let (part, count) = lx.monthParts.match(tokens, at: i) {
            var k = ctx.skipConnectors(i + count)
            if k < tokens.count, let (month, mc) = lx.months.match(tokens, at: k) {
                var last = k + mc - 1
                if let (year, yl) = year(ctx, after: last) {
                    last = yl
                    if let first = CalendarDay(year: year, month: month, day: 1) {
                        return (.fixed(partDay(first, part)), i, last)
                    }
                }
                return (.monthPart(part, month: month), i, last)
            }
            var monthsAhead = 0
            if let m = lx.next.match(tokens, at: k) { monthsAhead = 1; k += m.count; k = ctx.skipConnectors(k) }
            if k < tokens.count, let (unit, uc) = lx.units.match(tokens, at: k), unit == .month || unit == .year || unit == .week {
                var last = k + uc - 1
                if monthsAhead == 0, let m = lx.next.match(tokens, at: last + 1) { monthsAhead = 1; last += m.count }
                let firstOfMonth = CalendarDay(year: today.year, month: today.month, day: 1)!
                switch unit {
                case .month:
                    return (.fixed(partDay(firstOfMonth.adding(months: monthsAhead), part)), i, last)
                case .year:
                    let y = today.year + monthsAhead
                    let d: CalendarDay
                    switch part {
                    case .start: d = CalendarDay(year: y, month: 1, day: 1)!
                    case .middle: d = CalendarDay(year: y, month: 6, day: 30)!
                    case .end: d = CalendarDay(year: y, month: 12, day: 31)!
                    }
                    return (.fixed(d), i, last)
                default:
                    // End of the week: Friday, the last working day.
                    let monday = today.adding(days: 1 - today.weekday + 7 * monthsAhead)
                    let d = part == .end ? monday.adding(days: 4) : part == .start ? monday : monday.adding(days: 2)
                    return (.fixed(d), i, last)
                }
            }
        }
        // Day and month: "15 de diciembre", "el 1º de enero de 2027", "10th of December", "quince de diciembre".
        if let (day, dayLast) = dayNumber(ctx, at: i) {
            let k = ctx.skipConnectors(dayLast + 1)
            if k < tokens.count, ctx.isFree(k), let (month, mc) = lx.months.match(tokens, at: k) ?? lx.monthAbbreviations.match(tokens, at: k) {
                var last = k + mc - 1
                if let (year, yl) = year(ctx, after: last) {
                    last = yl
                    if let d = CalendarDay(year: year, month: month, day: day) { return (.fixed(d), i, last) }
                    return nil
                }
                guard day <= CalendarDay.daysIn(month: month, year: 2024) else { return nil }
                return (.dayMonth(day: day, month: month), i, last)
            }
        }
        // Month then day: "December 10", "Dec 15th, 2026", "diciembre 15".
        if let (month, mc) = lx.months.match(tokens, at: i) ?? lx.monthAbbreviations.match(tokens, at: i) {
            var k = i + mc
            if k < tokens.count, tokens[k].norm == "the" { k += 1 }
            if let (day, dayLast) = dayNumber(ctx, at: k, wordsAllowed: false) {
                var last = dayLast
                if let (year, yl) = year(ctx, after: last) {
                    last = yl
                    if let d = CalendarDay(year: year, month: month, day: day) { return (.fixed(d), i, last) }
                    return nil
                }
                guard day <= CalendarDay.daysIn(month: month, year: 2024) else { return nil }
                return (.dayMonth(day: day, month: month), i, last)
            }
        }
        // "el día 15", "on the 15th".
        if ["dia", "day"].contains(tokens[i].norm), let (day, last) = dayNumber(ctx, at: i + 1, wordsAllowed: false) {
            return (.dayOfMonth(day), i, last)
        }
        if tokens[i].norm == "the" || tokens[i].norm == "el", i + 1 < tokens.count, tokens[i + 1].isNumber,
           i + 2 < tokens.count, tokens[i + 2].glued, ["st", "nd", "rd", "th"].contains(tokens[i + 2].norm),
           let (day, last) = dayNumber(ctx, at: i + 1, wordsAllowed: false) {
            return (.dayOfMonth(day), i, last)
        }
        // "paga el 16": the article and a bare day number, with nothing after that makes it a quantity.
        if tokens[i].norm == "el", i + 1 < tokens.count, tokens[i + 1].isNumber, ctx.isFree(i + 1),
           tokens[i + 1].norm.count <= 2, let day = Int(tokens[i + 1].norm), (1...31).contains(day),
           !(i + 2 < tokens.count && tokens[i + 2].glued),
           !ctx.text.isClass(tokens[i + 1].end, .other), !quantityFollows(ctx, after: i + 1) {
            return (.dayOfMonth(day), i + 1, i + 1)
        }
        // "Navidad", "New Year's Eve".
        if let (monthDay, count) = lx.holidays.match(tokens, at: i) {
            return (.dayMonth(day: monthDay % 100, month: monthDay / 100), i, i + count - 1)
        }
        return nil
    }

    /// 1–31 as digits (with an ordinal ending: 1st, 2º), an ordinal word or a number word.
    /// After a weekday: an optional comma, "the" or "el", then a date of its own (numeric, already
    /// found, or in words such as "Feb 18", "the 19th").
    private static func dateFollows(_ ctx: ExtractionContext, after last: Int) -> Bool {
        var k = last + 1
        if k < ctx.tokens.count, ["the", "el", "dia"].contains(ctx.tokens[k].norm) { k += 1 }
        guard k < ctx.tokens.count else { return false }
        if !ctx.isFree(k) { return ctx.entities.contains { $0.kind == .date && ctx.text.tokenRange(coveringChars: $0.start, $0.end).contains(k) } }
        guard ctx.tokens[k].isNumber || ctx.lexicon.months.match(ctx.tokens, at: k) != nil
            || ctx.lexicon.monthAbbreviations.match(ctx.tokens, at: k) != nil else { return false }
        guard let (spec, _, _) = wordDate(ctx, at: k) ?? wordDate(ctx, at: last + 1) else { return false }
        if case .weekday = spec { return false }
        return true
    }

    /// A word after a number that makes it a count or an amount, not a day ("el 16 %", "el 3 de
    /// enero" is read elsewhere, "el 20 por ciento", "el 5 facturas").
    private static func quantityFollows(_ ctx: ExtractionContext, after k: Int) -> Bool {
        let n = k + 1
        guard n < ctx.tokens.count else { return false }
        let lx = ctx.lexicon, t = ctx.tokens
        return ["de", "del", "of", "por", "percent", "x"].contains(t[n].norm) || lx.units.match(t, at: n) != nil
            || lx.currencies.match(t, at: n) != nil || lx.countedNouns.contains(t[n].norm)
            || lx.months.match(t, at: n) != nil || lx.monthAbbreviations.match(t, at: n) != nil
    }

    /// "after next" right after a weekday: the end token.
    private static func afterNext(_ ctx: ExtractionContext, after last: Int) -> Int? {
        let t = ctx.tokens
        guard last + 2 < t.count, t[last + 1].norm == "after", t[last + 2].norm == "next" else { return nil }
        return last + 2
    }

    /// "(of) next week", "(de) la semana que viene", "de la semana pasada", "of last week" right after
    /// a weekday: the end token and which week (1 next, -1 last).
    private static func ofWeek(_ ctx: ExtractionContext, after last: Int) -> (end: Int, weeks: Int)? {
        let lx = ctx.lexicon, t = ctx.tokens
        var k = last + 1
        if k < t.count, ["of", "de", "del"].contains(t[k].norm) { k += 1 }
        if k < t.count, ["the", "la"].contains(t[k].norm) { k += 1 }
        guard k < t.count else { return nil }
        for (table, weeks) in [(lx.next, 1), (lx.last, -1)] {
            if let m = table.match(t, at: k), let (unit, count) = lx.units.match(t, at: k + m.count), unit == .week {
                return (k + m.count + count - 1, weeks)
            }
            if let (unit, count) = lx.units.match(t, at: k), unit == .week, let m = table.match(t, at: k + count) {
                return (k + count + m.count - 1, weeks)
            }
        }
        return nil
    }

    private static func dayNumber(_ ctx: ExtractionContext, at i: Int, wordsAllowed: Bool = true) -> (Int, Int)? {
        let tokens = ctx.tokens
        guard i < tokens.count, ctx.isFree(i) else { return nil }
        let t = tokens[i]
        if t.isNumber {
            guard t.length <= 2, let v = t.intValue, (1...31).contains(v) else { return nil }
            var last = i
            if i + 1 < tokens.count, tokens[i + 1].glued, ["st", "nd", "rd", "th", "o", "a", "º", "ª", "er"].contains(tokens[i + 1].norm) {
                last += 1
            }
            return (v, last)
        }
        if let (v, count) = ctx.lexicon.ordinals.match(tokens, at: i) { return (v, i + count - 1) }
        if wordsAllowed, let (v, count) = NumberWords.parse(ctx, at: i, allowArticle: false), (1...31).contains(v) {
            return (v, i + count - 1)
        }
        return nil
    }

    /// A year after a date: ", 2026", "de 2027", "del 2027", "2027".
    private static func year(_ ctx: ExtractionContext, after last: Int) -> (Int, Int)? {
        var k = last + 1
        if k < ctx.tokens.count, ["de", "del", "of"].contains(ctx.tokens[k].norm) { k += 1 }
        guard k < ctx.tokens.count, ctx.isFree(k), ctx.tokens[k].isNumber, ctx.tokens[k].length == 4,
              let y = ctx.tokens[k].intValue, (1900...2200).contains(y) else { return nil }
        return (y, k)
    }

    /// A count and a unit: "30 días", "dos semanas", "a week", "un mes", "treinta días".
    private static func quantity(_ ctx: ExtractionContext, at i: Int) -> (Int, Lexicon.DateUnit, Int)? {
        let tokens = ctx.tokens
        guard i < tokens.count, ctx.isFree(i) else { return nil }
        var n: Int
        var k: Int
        if tokens[i].isNumber {
            guard let v = tokens[i].intValue, v <= 5000 else { return nil }
            n = v
            k = i + 1
        } else if ["a", "an", "un", "una", "one"].contains(tokens[i].norm) {
            n = 1
            k = i + 1
        } else if let (v, count) = NumberWords.parse(ctx, at: i, allowArticle: false) {
            n = v
            k = i + count
        } else {
            return nil
        }
        // "un par de semanas", "a couple of weeks".
        if k + 1 < tokens.count, ["par", "couple"].contains(tokens[k].norm), ["de", "of"].contains(tokens[k + 1].norm) {
            n = 2
            k += 2
        }
        if k < tokens.count, ["mas", "more"].contains(tokens[k].norm) { k += 1 }
        guard k < tokens.count, ctx.isFree(k), let (unit, count) = ctx.lexicon.units.match(tokens, at: k) else { return nil }
        var last = k + count - 1
        // "un mes y medio": half a unit more is rounded into days.
        if last + 2 < tokens.count, tokens[last + 1].norm == "y" || tokens[last + 1].norm == "and", ["medio", "media", "half"].contains(tokens[last + 2].norm) {
            last += 2
            if unit == .week { return (n * 7 + 3, .day, last) }
            if unit == .month { return (n * 30 + 15, .day, last) }
        }
        return (n, unit, last)
    }

    static func offset(_ today: CalendarDay, _ unit: Lexicon.DateUnit, _ n: Int) -> CalendarDay {
        switch unit {
        case .day: return today.adding(days: n)
        case .week: return today.adding(days: 7 * n)
        case .fortnight: return today.adding(days: 14 * n)
        case .month: return today.adding(months: n)
        case .year: return today.adding(months: 12 * n)
        }
    }

    private static func partDay(_ firstOfMonth: CalendarDay, _ part: Lexicon.MonthPart) -> CalendarDay {
        switch part {
        case .start: return firstOfMonth
        case .middle: return firstOfMonth.adding(days: 14)
        case .end: return firstOfMonth.lastDayOfMonth
        }
    }
}
