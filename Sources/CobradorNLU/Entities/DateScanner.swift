import CobradorCore

/// Finds dates, absolute and relative, in Spanish and English: "hoy", "pasado mañana", "el viernes",
/// "el próximo martes", "next Monday", "15/12" (day first in Spanish, month first in English, settled
/// once the language is known), "15/01/2027", "20190801", "2019/aug/01", "15 de diciembre",
/// "December 10th", "fifteen August nineteen ninety-three", "en 30 días", "two weeks and two days ago",
/// "three weeks from tomorrow", "2 weeks after January 15", "the 20th of next month", "el primer
/// viernes de este mes", "next week Sunday", "Monday 21", "fin de mes", "principios de enero".
/// Words come from the lexicon; numbers may be words ("treinta días").
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

    /// d/m, d/m/yy, d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd and eight digits (yyyymmdd, ddmmyyyy).
    /// When both orders of day and month are possible the language settles it later ("12/11").
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
        var last = i + parts.count - 1
        // "08/12,2015", "08/12,15": a year after a comma.
        var commaYear: Int?
        if parts.count == 2, sep == 0x2F, last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start == tokens[last].end + 1,
            ctx.text.folded[tokens[last].end] == 0x2C, [2, 4].contains(tokens[last + 1].length), let y = tokens[last + 1].intValue,
            !(last + 2 < tokens.count && tokens[last + 2].glued)
        {
            commaYear = tokens[last + 1].length == 2 ? y + 2000 : y
            last += 1
        }
        // Followed by more digits or letters glued on: not a date.
        if last + 1 < tokens.count, tokens[last + 1].glued { return nil }
        if commaYear == nil, tokens[last].end < ctx.text.count, [0x2F, 0x2D, 0x2C].contains(ctx.text.folded[tokens[last].end]),
            ctx.text.isClass(tokens[last].end + 1, .digit)
        {
            return nil
        }
        func valid(_ d: Int, _ m: Int) -> Bool { (1...12).contains(m) && d >= 1 && d <= CalendarDay.daysIn(month: m, year: 2024) }
        switch parts.count {
        case 3:
            if lengths[0] == 4 {
                guard let d = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
                return (.fixed(d), last)
            }
            guard lengths[2] == 4 || lengths[2] == 2, lengths[0] <= 2, lengths[1] <= 2 else { return nil }
            let (a, b, y) = (parts[0], parts[1], parts[2])
            guard valid(a, b) || valid(b, a) else { return nil }
            if lengths[2] == 2 {
                if valid(a, b) && valid(b, a) && a != b { return (.numericShortYear(a, b, year: y), last) }
                return valid(a, b) ? (.shortYear(day: a, month: b, year: y), last) : (.shortYear(day: b, month: a, year: y), last)
            }
            if valid(a, b) && valid(b, a) && a != b { return (.numeric(a, b, year: y), last) }
            let (d, m) = valid(a, b) ? (a, b) : (b, a)
            guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
            return (.fixed(day), last)
        case 2:
            // "on 4.22", "el 4.22": dotted day and month only after a word that announces a date.
            let dotted = sep == 0x2E && i > 0 && datePrepositions.contains(tokens[i - 1].norm) && lengths[1] == 2
            guard sep == 0x2F || sep == 0x2D || dotted, lengths[0] <= 2, lengths[1] <= 2 else { return nil }
            let (a, b) = (parts[0], parts[1])
            if let y = commaYear {
                if valid(a, b) && valid(b, a) && a != b { return (.numeric(a, b, year: y), last) }
                let (d, m) = valid(a, b) ? (a, b) : (b, a)
                return CalendarDay(year: y, month: m, day: d).map { (.fixed($0), last) }
            }
            // "3-4 días", "2/3 de las facturas": a range or a fraction, not a date.
            if followedByCount(ctx, after: last) { return nil }
            if valid(a, b) && valid(b, a) && a != b { return (.numeric(a, b, year: nil), last) }
            if valid(a, b) { return (.dayMonth(day: a, month: b), last) }
            if valid(b, a) { return (.dayMonth(day: b, month: a), last) }
            return nil
        case 1:
            // "20190801", "01082019".
            guard lengths[0] == 8, !tokens[i].glued else { return nil }
            let v = parts[0]
            let (y1, m1, d1) = (v / 10000, v / 100 % 100, v % 100)
            if (1900...2100).contains(y1), let d = CalendarDay(year: y1, month: m1, day: d1) { return (.fixed(d), last) }
            let (a, b, y2) = (v / 1_000_000, v / 10000 % 100, v % 10000)
            guard (1900...2100).contains(y2), valid(a, b) || valid(b, a) else { return nil }
            if valid(a, b) && valid(b, a) && a != b { return (.numeric(a, b, year: y2), last) }
            let (d, m) = valid(a, b) ? (a, b) : (b, a)
            return CalendarDay(year: y2, month: m, day: d).map { (.fixed($0), last) }
        default:
            return nil
        }
    }

    static let datePrepositions: Set<String> = ["on", "el", "at", "in", "en", "by", "para", "hasta", "until", "due", "vence", "before", "antes"]

    /// A unit or a counted noun right after token `k` ("3-4 días", "2/3 facturas").
    private static func followedByCount(_ ctx: ExtractionContext, after k: Int) -> Bool {
        let n = k + 1
        guard n < ctx.tokens.count else { return false }
        return ctx.lexicon.units.match(ctx.tokens, at: n) != nil || ctx.lexicon.countedNouns.contains(ctx.tokens[n].norm)
    }

    // MARK: words

    private static func wordDate(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        if let composed = composedDate(ctx, at: i) { return composed }
        return simpleDate(ctx, at: i)
    }

    /// "three weeks from tomorrow", "2 weeks after January 15", "3 days after the 12th", "dos semanas
    /// después del 15 de enero", "the day after Christmas", "tres días antes de fin de mes".
    private static func composedDate(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        let tokens = ctx.tokens
        var days = 0
        var months = 0
        var last = i
        if let q = compoundQuantity(ctx, at: i) {
            (days, months, last) = q
        } else {
            var k = i
            if k < tokens.count, ["the", "el"].contains(tokens[k].norm) { k += 1 }
            guard k < tokens.count, ["day", "dia"].contains(tokens[k].norm) else { return nil }
            days = 1
            last = k
        }
        var k = last + 1
        guard k < tokens.count else { return nil }
        var sign = 0
        for (words, s) in shiftWords where k + words.count <= tokens.count {
            if words.indices.allSatisfy({ tokens[k + $0].norm == words[$0] }) {
                sign = s
                k += words.count
                break
            }
        }
        guard sign != 0 else { return nil }
        if k < tokens.count, ["the", "el", "la"].contains(tokens[k].norm), simpleDate(ctx, at: k) == nil { k += 1 }
        guard k < tokens.count, ctx.isFree(k) || ctx.entities.contains(where: { $0.kind == .date && ctx.text.tokenIndex(startingAt: $0.start) == k })
        else { return nil }
        let base: DateSpec
        let end: Int
        if let (spec, _, e) = simpleDate(ctx, at: k) {
            base = spec
            end = e
        } else if tokens[k].isNumber, let (day, e) = dayNumber(ctx, at: k, wordsAllowed: false) {
            // "tres días después del 12".
            base = .dayOfMonth(day)
            end = e
        } else if let existing = ctx.entities.firstIndex(where: { $0.kind == .date && ctx.text.tokenIndex(startingAt: $0.start) == k }),
            let spec = ctx.entities[existing].dateSpec
        {
            base = spec
            end = ctx.text.tokenRange(coveringChars: ctx.entities[existing].start, ctx.entities[existing].end).upperBound - 1
        } else {
            return nil
        }
        return (.shifted(base, days: sign * days, months: sign * months), i, end)
    }

    static let shiftWords: [([String], Int)] = [
        (["from"], 1), (["after"], 1), (["before"], -1), (["despues", "de"], 1), (["despues", "del"], 1), (["antes", "de"], -1),
        (["antes", "del"], -1), (["a", "partir", "de"], 1), (["a", "partir", "del"], 1), (["tras"], 1), (["desde"], 1),
    ]

    /// "two weeks and two days", "un mes y tres días", "2 weeks 3 days": (days, months, last token).
    private static func compoundQuantity(_ ctx: ExtractionContext, at i: Int) -> (Int, Int, Int)? {
        guard let (n, unit, last) = quantity(ctx, at: i) else { return nil }
        var (days, months) = (0, 0)
        func add(_ n: Int, _ unit: Lexicon.DateUnit) {
            switch unit {
            case .day: days += n
            case .week: days += 7 * n
            case .fortnight: days += 14 * n
            case .month: months += n
            case .year: months += 12 * n
            }
        }
        add(n, unit)
        var end = last
        while end + 1 < ctx.tokens.count {
            var k = end + 1
            if ["and", "y", "plus", "mas"].contains(ctx.tokens[k].norm) { k += 1 }
            guard let (n2, unit2, last2) = quantity(ctx, at: k) else { break }
            add(n2, unit2)
            end = last2
        }
        return (days, months, end)
    }

    private static func simpleDate(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        let lx = ctx.lexicon
        let tokens = ctx.tokens
        let today = ctx.today
        guard i < tokens.count else { return nil }

        // "pasado mañana" before "pasado" can be read as "last".
        if let (v, count) = lx.relativeDays.match(tokens, at: i), count > 1 {
            return (.fixed(today.adding(days: v)), i, i + count - 1)
        }
        // "el primer viernes de este mes", "the third Tuesday", "the last Friday of the month", "second Monday of March".
        if let nth = nthWeekday(ctx, at: i) { return nth }
        // "the last day of October", "el último día del mes", "the first day of next month".
        if let edge = monthEdge(ctx, at: i) { return edge }
        // Direction words before a weekday or a unit: "next", "el próximo", "last", "este".
        var j = i
        var direction = 0
        var explicitThis = false
        if let m = lx.next.match(tokens, at: j) {
            direction = 1
            j += m.count
        } else if let m = lx.last.match(tokens, at: j) {
            direction = -1
            j += m.count
        } else if let m = lx.this.match(tokens, at: j) {
            explicitThis = true
            j += m.count
        }

        // Weekday, with the direction before or after ("el martes que viene", "el viernes pasado").
        if j < tokens.count, ctx.isFree(j), let (wd, count) = lx.weekdays.match(tokens, at: j) {
            var last = j + count - 1
            var dir = direction
            // "Monday, Feb 18", "martes 15/12", "Tuesday the 19th", "this Friday (Jun-15)": the date says it.
            if direction == 0, dateFollows(ctx, after: last) { return nil }
            // "Monday 21", "el lunes 7": the day of the month, the weekday only confirms it.
            if direction == 0, let (day, end) = bareDay(ctx, after: last) { return (.dayOfMonth(day), i, end) }
            if direction == 0, !explicitThis {
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
                if let m = lx.next.match(tokens, at: last + 1) {
                    dir = 1
                    last += m.count
                } else if let m = lx.last.match(tokens, at: last + 1) {
                    dir = -1
                    last += m.count
                }
            }
            let spec: DateSpec
            if dir > 0 {
                spec = DateSpec.weekday(wd).resolve(today: today, .future).map { .fixed($0) } ?? .weekday(wd)
            } else if dir < 0 {
                spec = DateSpec.weekday(wd).resolve(today: today, .past).map { .fixed($0) } ?? .weekday(wd)
            } else if explicitThis {
                spec = .fixed(today.adding(days: (wd - today.weekday + 7) % 7))
            } else {
                spec = .weekday(wd)
            }
            return (spec, i, last)
        }
        // "this week Friday", "esta semana el viernes".
        if explicitThis, j < tokens.count, lx.units.match(tokens, at: j)?.value == .week {
            var k = j + lx.units.match(tokens, at: j)!.count
            if k < tokens.count, ["on", "el", "the"].contains(tokens[k].norm) { k += 1 }
            if k < tokens.count, ctx.isFree(k), let (wd, wc) = lx.weekdays.match(tokens, at: k) {
                let monday = today.adding(days: 1 - today.weekday)
                return (.fixed(monday.adding(days: wd - 1)), i, k + wc - 1)
            }
        }
        // "next week", "la semana que viene", "el mes pasado", "el próximo mes".
        if j < tokens.count, let (unit, count) = lx.units.match(tokens, at: j), unit != .day {
            var last = j + count - 1
            var dir = direction
            if dir == 0, !explicitThis {
                if let m = lx.next.match(tokens, at: last + 1) {
                    dir = 1
                    last += m.count
                } else if let m = lx.last.match(tokens, at: last + 1) {
                    dir = -1
                    last += m.count
                }
            }
            if dir != 0 {
                let start = i > 0 && (tokens[i - 1].norm == "la" || tokens[i - 1].norm == "el") && ctx.isFree(i - 1) && direction != 0 ? i - 1 : i
                // "next week Sunday", "la semana que viene el martes": that weekday of that week.
                if unit == .week {
                    var k = last + 1
                    if k < tokens.count, ["on", "el", "the"].contains(tokens[k].norm) { k += 1 }
                    if k < tokens.count, ctx.isFree(k), let (wd, wc) = lx.weekdays.match(tokens, at: k) {
                        let monday = today.adding(days: 1 - today.weekday + 7 * dir)
                        return (.fixed(monday.adding(days: wd - 1)), start, k + wc - 1)
                    }
                }
                // "next March", "el próximo diciembre" are months, handled below; "next month", "el año que viene" are here.
                return (.fixed(offset(today, unit, dir)), start, last)
            }
        }
        // "next March", "el próximo diciembre", "last December", "este diciembre".
        if direction != 0 || explicitThis, j < tokens.count, ctx.isFree(j), let (month, mc) = lx.months.match(tokens, at: j) {
            var y = today.year
            if direction > 0 { y += month > today.month ? 0 : 1 }
            if direction < 0 { y -= month < today.month ? 0 : 1 }
            return CalendarDay(year: y, month: month, day: 1).map { (.fixed($0), i, j + mc - 1) }
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
        if let (_, count) = lx.futurePrepositions.match(tokens, at: i), let (d, m, last) = compoundQuantity(ctx, at: i + count) {
            // "a few days ago": the article was not a preposition.
            if let a = lx.agoAfter.match(tokens, at: last + 1) {
                return (.fixed(today.adding(months: -m).adding(days: -d)), i, last + a.count)
            }
            var end = last
            if let f = lx.fromNow.match(tokens, at: end + 1) { end += f.count }
            return (.fixed(today.adding(months: m).adding(days: d)), i, end)
        }
        // "hace 3 días", "hace dos semanas y dos días".
        if let (_, count) = lx.agoBefore.match(tokens, at: i), let (d, m, last) = compoundQuantity(ctx, at: i + count) {
            return (.fixed(today.adding(months: -m).adding(days: -d)), i, last)
        }
        // "3 days ago", "two weeks and two days ago", "two weeks from now".
        if let (d, m, last) = compoundQuantity(ctx, at: i) {
            if let a = lx.agoAfter.match(tokens, at: last + 1) { return (.fixed(today.adding(months: -m).adding(days: -d)), i, last + a.count) }
            if let f = lx.fromNow.match(tokens, at: last + 1) { return (.fixed(today.adding(months: m).adding(days: d)), i, last + f.count) }
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
            if let m = lx.next.match(tokens, at: k) {
                monthsAhead = 1
                k += m.count
                k = ctx.skipConnectors(k)
            }
            if k < tokens.count, let (unit, uc) = lx.units.match(tokens, at: k), unit == .month || unit == .year || unit == .week {
                var last = k + uc - 1
                if monthsAhead == 0, let m = lx.next.match(tokens, at: last + 1) {
                    monthsAhead = 1
                    last += m.count
                }
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
        // "the 20th of next month", "el 20 del mes que viene", "el 15 de este mes", "the 5th of last month".
        let dayStart = ["the", "el"].contains(tokens[i].norm) && i + 1 < tokens.count ? i + 1 : i
        if let (day, dayLast) = dayNumber(ctx, at: dayStart), let (months, end) = relativeMonth(ctx, after: dayLast) {
            let first = CalendarDay(year: today.year, month: today.month, day: 1)!.adding(months: months)
            return CalendarDay(year: first.year, month: first.month, day: day).map { (.fixed($0), i, end) }
        }
        // "2019/aug/01", "2019 August 1".
        if tokens[i].isNumber, tokens[i].length == 4, let y = tokens[i].intValue, (1900...2200).contains(y), i + 1 < tokens.count,
            let (month, mc) = lx.months.match(tokens, at: i + 1) ?? lx.monthAbbreviations.match(tokens, at: i + 1),
            let (day, dayLast) = dayNumber(ctx, at: i + 1 + mc, wordsAllowed: false)
        {
            return CalendarDay(year: y, month: month, day: day).map { (.fixed($0), i, dayLast) }
        }
        // Day and month: "15 de diciembre", "el 1º de enero de 2027", "the 10th of December", "quince de diciembre".
        if let (day, dayLast) = dayNumber(ctx, at: dayStart) ?? dayNumber(ctx, at: i) {
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
        // Month then day: "December 10", "Dec 15th, 2026", "diciembre 15", "September-2020-23", "October 2014".
        if let (month, mc) = lx.months.match(tokens, at: i) ?? lx.monthAbbreviations.match(tokens, at: i) {
            var k = i + mc
            if let (y, yl) = year(ctx, after: k - 1) {
                if let (day, dayLast) = dayNumber(ctx, at: yl + 1, wordsAllowed: false), tokens[yl + 1].glued == false,
                    ctx.text.isClass(tokens[yl].end, .other)
                {
                    return CalendarDay(year: y, month: month, day: day).map { (.fixed($0), i, dayLast) }
                }
                // A month and its year: the first of the month.
                if lx.months.match(tokens, at: i) != nil || tokens[i].capitalized {
                    return CalendarDay(year: y, month: month, day: 1).map { (.fixed($0), i, yl) }
                }
            }
            if k < tokens.count, tokens[k].norm == "the" { k += 1 }
            // "May twenty one", "Mayo veintiuno": number words after a month name say its day.
            if let (day, dayLast) = dayNumber(ctx, at: k, wordsAllowed: lx.months.match(tokens, at: i) != nil || tokens[i].norm == "may") {
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
            let (day, last) = dayNumber(ctx, at: i + 1, wordsAllowed: false)
        {
            return (.dayOfMonth(day), i, last)
        }
        // "paga el 16": the article and a bare day number, with nothing after that makes it a quantity.
        if tokens[i].norm == "el", i + 1 < tokens.count, tokens[i + 1].isNumber, ctx.isFree(i + 1),
            tokens[i + 1].norm.count <= 2, let day = Int(tokens[i + 1].norm), (1...31).contains(day),
            !(i + 2 < tokens.count && tokens[i + 2].glued),
            !ctx.text.isClass(tokens[i + 1].end, .other), !quantityFollows(ctx, after: i + 1)
        {
            return (.dayOfMonth(day), i + 1, i + 1)
        }
        // "in December", "en diciembre", "para enero": the month (its first day, or today in the current month).
        if i > 0, ["in", "en", "for", "para", "during", "durante", "until", "hasta", "by"].contains(tokens[i - 1].norm),
            let (month, mc) = lx.months.match(tokens, at: i), !(i + mc < tokens.count && tokens[i + mc].isNumber)
        {
            return (.month(month), i, i + mc - 1)
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
        guard
            ctx.tokens[k].isNumber || ctx.lexicon.months.match(ctx.tokens, at: k) != nil
                || ctx.lexicon.monthAbbreviations.match(ctx.tokens, at: k) != nil
        else { return false }
        guard let (spec, _, _) = wordDate(ctx, at: k) ?? wordDate(ctx, at: last + 1) else { return false }
        if case .weekday = spec { return false }
        return true
    }

    /// A word after a number that makes it a count or an amount, not a day ("el 16 %", "el 3 de
    /// enero" is read elsewhere, "el 20 por ciento", "el 5 facturas").
    private static func quantityFollows(_ ctx: ExtractionContext, after k: Int) -> Bool {
        let n = k + 1
        guard n < ctx.tokens.count else { return false }
        let lx = ctx.lexicon
        let t = ctx.tokens
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
        let lx = ctx.lexicon
        let t = ctx.tokens
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
            if i + 1 < tokens.count, tokens[i + 1].glued,
                ["st", "nd", "rd", "th", "o", "a", "º", "ª", "er", "ro", "do", "to", "vo", "no", "mo"].contains(tokens[i + 1].norm)
            {
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

    /// A year after a date: ", 2026", "de 2027", "del 2027", "2027", "dos mil veintiséis", "two thousand and five",
    /// "nineteen ninety-three", "twenty twenty-six".
    private static func year(_ ctx: ExtractionContext, after last: Int) -> (Int, Int)? {
        var k = last + 1
        let t = ctx.tokens
        if k < t.count, ["de", "del", "of", "in", "en"].contains(t[k].norm) { k += 1 }
        guard k < t.count, ctx.isFree(k) else { return nil }
        if t[k].isNumber {
            guard t[k].length == 4, let y = t[k].intValue, (1900...2200).contains(y) else { return nil }
            return (y, k)
        }
        if let (v, c) = NumberWords.parse(ctx, at: k, allowArticle: false), (1000...2200).contains(v) { return (v, k + c - 1) }
        if let (century, c1) = ctx.lexicon.spelledYears.match(t, at: k) {
            if k + c1 < t.count, t[k + c1].norm == "hundred" { return (century * 100, k + c1) }
            if let (rest, c2) = NumberWords.parse(ctx, at: k + c1, allowArticle: false), (10...99).contains(rest) {
                return (century * 100 + rest, k + c1 + c2 - 1)
            }
            // "nineteen oh five".
            if k + c1 + 1 < t.count, ["oh", "o"].contains(t[k + c1].norm), let d = ctx.lexicon.numbers.value(t[k + c1 + 1]), d < 10 {
                return (century * 100 + d, k + c1 + 1)
            }
        }
        return nil
    }

    /// "Monday 21", "el lunes 7": a bare day number right after a weekday, with no month after it.
    private static func bareDay(_ ctx: ExtractionContext, after last: Int) -> (Int, Int)? {
        var k = last + 1
        let t = ctx.tokens
        if k < t.count, ["the", "el", "dia"].contains(t[k].norm) { k += 1 }
        guard k < t.count, ctx.isFree(k), t[k].isNumber, t[k].length <= 2, let (day, end) = dayNumber(ctx, at: k, wordsAllowed: false)
        else { return nil }
        if quantityFollows(ctx, after: end) || ctx.text.isClass(t[end].end, .other) && ctx.text.char(t[end].end) == 0x3A { return nil }
        return (day, end)
    }

    /// "(of|de|del) next month", "del mes que viene", "de este mes", "of last month" after a day: months from this one and the end token.
    private static func relativeMonth(_ ctx: ExtractionContext, after last: Int) -> (Int, Int)? {
        let lx = ctx.lexicon
        let t = ctx.tokens
        var k = last + 1
        guard k < t.count, ["of", "de", "del"].contains(t[k].norm) else { return nil }
        k += 1
        if k < t.count, ["the", "el", "este", "this"].contains(t[k].norm), k + 1 < t.count, lx.units.match(t, at: k + 1)?.value == .month {
            let thisMonth = ["este", "this"].contains(t[k].norm)
            let unitEnd = k + 1 + lx.units.match(t, at: k + 1)!.count - 1
            if let m = lx.next.match(t, at: unitEnd + 1) { return (1, unitEnd + m.count) }
            if let m = lx.last.match(t, at: unitEnd + 1) { return (-1, unitEnd + m.count) }
            return thisMonth || t[k].norm == "the" ? (0, unitEnd) : nil
        }
        if k < t.count, let (unit, c) = lx.units.match(t, at: k), unit == .month {
            if let m = lx.next.match(t, at: k + c) { return (1, k + c + m.count - 1) }
            if let m = lx.last.match(t, at: k + c) { return (-1, k + c + m.count - 1) }
            return nil
        }
        for (table, months) in [(lx.next, 1), (lx.last, -1), (lx.this, 0)] {
            if let m = table.match(t, at: k), let (unit, c) = lx.units.match(t, at: k + m.count), unit == .month {
                return (months, k + m.count + c - 1)
            }
        }
        return nil
    }

    /// "(the) last day of (the) month / October [2015] / next month", "el último día del mes", "el primer día de enero".
    private static func monthEdge(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        let lx = ctx.lexicon
        let t = ctx.tokens
        var k = i
        if k < t.count, ["the", "el"].contains(t[k].norm) { k += 1 }
        guard k + 2 < t.count, ["last", "ultimo", "first", "primer", "primero"].contains(t[k].norm), ["day", "dia"].contains(t[k + 1].norm),
            ["of", "in", "de", "del"].contains(t[k + 2].norm)
        else { return nil }
        let end = ["last", "ultimo"].contains(t[k].norm)
        var after = k + 3
        if after < t.count, ["the", "el", "la"].contains(t[after].norm) { after += 1 }
        guard after < t.count else { return nil }
        func edge(_ first: CalendarDay) -> CalendarDay { end ? first.lastDayOfMonth : first }
        if let (month, mc) = lx.months.match(t, at: after) {
            if let (y, yl) = year(ctx, after: after + mc - 1) {
                return CalendarDay(year: y, month: month, day: 1).map { (.fixed(edge($0)), i, yl) }
            }
            return (.monthPart(end ? .end : .start, month: month), i, after + mc - 1)
        }
        let thisMonth = CalendarDay(year: ctx.today.year, month: ctx.today.month, day: 1)!
        if let (unit, uc) = lx.units.match(t, at: after), unit == .month {
            var last = after + uc - 1
            var months = 0
            if let m = lx.next.match(t, at: last + 1) {
                months = 1
                last += m.count
            } else if let m = lx.last.match(t, at: last + 1) {
                months = -1
                last += m.count
            }
            return (.fixed(edge(thisMonth.adding(months: months))), i, last)
        }
        for (table, months) in [(lx.next, 1), (lx.last, -1), (lx.this, 0)] {
            if let m = table.match(t, at: after), let (unit, uc) = lx.units.match(t, at: after + m.count), unit == .month {
                return (.fixed(edge(thisMonth.adding(months: months))), i, after + m.count + uc - 1)
            }
        }
        return nil
    }

    /// "el primer viernes de este mes", "the third Tuesday", "the last Friday of the month", "second Monday of March",
    /// "el último lunes de diciembre".
    private static func nthWeekday(_ ctx: ExtractionContext, at i: Int) -> (DateSpec, Int, Int)? {
        let lx = ctx.lexicon
        let t = ctx.tokens
        var k = i
        var n: Int
        if ["last", "ultimo", "ultima"].contains(t[k].norm) {
            n = -1
            k += 1
        } else if let m = lx.choiceOrdinals.match(t, at: k), m.count == 1, !t[k].isNumber, ctx.lexicon.numbers.value(t[k]) == nil {
            n = m.value
            k += 1
        } else {
            return nil
        }
        guard n <= 5, k < t.count, ctx.isFree(k), let (wd, wc) = lx.weekdays.match(t, at: k) else { return nil }
        var end = k + wc - 1
        var after = end + 1
        if after < t.count, ["of", "de", "del", "in", "en"].contains(t[after].norm) { after += 1 }
        if after < t.count, ["the", "el", "la"].contains(t[after].norm) { after += 1 }
        if after < t.count, let (month, mc) = lx.months.match(t, at: after) {
            end = after + mc - 1
            if let (y, yl) = year(ctx, after: end) {
                return DateSpec.nth(n, wd, year: y, month: month).map { (.fixed($0), i, yl) }
            }
            return (.nthWeekday(n: n, weekday: wd, month: month, monthOffset: 0), i, end)
        }
        var offset: Int?
        if after < t.count {
            if let (unit, uc) = lx.units.match(t, at: after), unit == .month {
                end = after + uc - 1
                offset = 0
                if let m = lx.next.match(t, at: end + 1) {
                    offset = 1
                    end += m.count
                } else if let m = lx.last.match(t, at: end + 1) {
                    offset = -1
                    end += m.count
                }
            } else {
                for (table, months) in [(lx.next, 1), (lx.last, -1), (lx.this, 0)] {
                    if let m = table.match(t, at: after), let (unit, uc) = lx.units.match(t, at: after + m.count), unit == .month {
                        offset = months
                        end = after + m.count + uc - 1
                        break
                    }
                }
            }
        }
        if n == -1 && offset == nil { return nil }
        if let offset { return (.nthWeekday(n: n, weekday: wd, month: nil, monthOffset: offset), i, end) }
        // "the third Tuesday": this month's, or next month's once it has passed.
        let this = DateSpec.nth(n, wd, year: ctx.today.year, month: ctx.today.month)
        if let this, this >= ctx.today { return (.fixed(this), i, end) }
        let next = CalendarDay(year: ctx.today.year, month: ctx.today.month, day: 1)!.adding(months: 1)
        return DateSpec.nth(n, wd, year: next.year, month: next.month).map { (.fixed($0), i, end) }
    }

    /// A count and a unit: "30 días", "dos semanas", "a week", "un mes", "treinta días".
    private static func quantity(_ ctx: ExtractionContext, at i: Int) -> (Int, Lexicon.DateUnit, Int)? {
        guard i < ctx.lastUnitWord, ctx.isFree(i) else { return nil }
        let tokens = ctx.tokens
        var n: Int
        var k: Int
        if tokens[i].isNumber {
            guard let v = tokens[i].intValue, v <= 5000 else { return nil }
            n = v
            k = i + 1
        } else if let (v, count) = fewWords(ctx, at: i) {
            // "a few days", "unos cuantos días", "varios meses".
            n = v
            k = i + count
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
        if last + 2 < tokens.count, tokens[last + 1].norm == "y" || tokens[last + 1].norm == "and",
            ["medio", "media", "half"].contains(tokens[last + 2].norm)
        {
            last += 2
            if unit == .week { return (n * 7 + 3, .day, last) }
            if unit == .month { return (n * 30 + 15, .day, last) }
        }
        return (n, unit, last)
    }

    /// "a few", "few", "unos cuantos", "unos pocos", "varios": three.
    private static func fewWords(_ ctx: ExtractionContext, at i: Int) -> (Int, Int)? {
        let t = ctx.tokens
        for words in fewPhrases where i + words.count <= t.count {
            if words.indices.allSatisfy({ t[i + $0].norm == words[$0] }) { return (3, words.count) }
        }
        return nil
    }

    static let fewPhrases: [[String]] = [
        ["a", "few"], ["few"], ["unos", "cuantos"], ["unas", "cuantas"], ["unos", "pocos"], ["unas", "pocas"],
        ["varios"], ["varias"], ["several"],
    ]

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
