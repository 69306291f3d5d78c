import CobradorCore

/// A date as said, before the intent, the tense and the language tell which way it points: "el
/// viernes" and "16 de octubre" name a future day in a promise and a past day in a log of what
/// happened; "12/11" is the 12th of November in Spanish and December 11th in English.
indirect enum DateSpec: Sendable, Hashable {
    case fixed(CalendarDay)
    case dayMonth(day: Int, month: Int)
    case weekday(Int)
    case dayOfMonth(Int)
    case monthPart(Lexicon.MonthPart, month: Int)
    /// Two numbers whose order the language settles (es day/month, en month/day), with a year if given.
    case numeric(Int, Int, year: Int?)
    /// A full date with a two-digit year: 98 is 1998 in "I was born on 3/4/98"; in the future, the POSIX reading.
    case shortYear(day: Int, month: Int, year: Int)
    /// Numbers with a two-digit year in an order the language settles.
    case numericShortYear(Int, Int, year: Int)
    /// A month without a day ("in December", "next March"): its first day.
    case month(Int)
    /// The n-th weekday of a month (n = -1 for the last): "el primer viernes de este mes", "the third Tuesday".
    /// `monthOffset` counts from this month when no month is named.
    case nthWeekday(n: Int, weekday: Int, month: Int?, monthOffset: Int)
    /// A date moved by a number of days and months: "three weeks from tomorrow", "2 weeks after January 15".
    case shifted(DateSpec, days: Int, months: Int)

    enum Direction: Sendable { case future, past }

    /// False only for a date that is the same whichever way the sentence points.
    var dependsOnDirection: Bool {
        switch self {
        case .fixed: return false
        case .shifted(let base, _, _): return base.dependsOnDirection
        default: return true
        }
    }

    func resolve(today: CalendarDay, _ direction: Direction, language: Language = .es) -> CalendarDay? {
        let c = today.components
        switch self {
        case .fixed(let d):
            return d
        case .dayMonth(let day, let month):
            let years =
                direction == .future
                ? [c.year, c.year + 1, c.year + 2, c.year + 3, c.year + 4] : [c.year, c.year - 1, c.year - 2, c.year - 3, c.year - 4]
            for y in years {
                guard let d = CalendarDay(year: y, month: month, day: day) else { continue }
                if direction == .future ? d >= today : d <= today { return d }
            }
            return nil
        case .weekday(let wd):
            if direction == .future {
                var delta = (wd - today.weekday + 7) % 7
                if delta == 0 { delta = 7 }
                return today.adding(days: delta)
            }
            var delta = (today.weekday - wd + 7) % 7
            if delta == 0 { delta = 7 }
            return today.adding(days: -delta)
        case .dayOfMonth(let day):
            for k in 0..<4 {
                let m = direction == .future ? k : -k
                let base = CalendarDay(year: c.year, month: c.month, day: 1)!.adding(months: m)
                guard let d = CalendarDay(year: base.year, month: base.month, day: day) else { continue }
                if direction == .future ? d >= today : d <= today { return d }
            }
            return nil
        case .monthPart(let part, let month):
            for k in 0..<3 {
                let y = direction == .future ? c.year + k : c.year - k
                guard let first = CalendarDay(year: y, month: month, day: 1) else { return nil }
                let d: CalendarDay
                switch part {
                case .start: d = first
                case .middle: d = first.adding(days: 14)
                case .end: d = first.lastDayOfMonth
                }
                if direction == .future ? d.lastDayOfMonth >= today : first <= today { return d }
            }
            return nil
        case .numeric(let a, let b, let year):
            let (day, month) = DateSpec.order(a, b, language: language)
            if let year { return CalendarDay(year: year, month: month, day: day) }
            return DateSpec.dayMonth(day: day, month: month).resolve(today: today, direction)
        case .shortYear(let day, let month, let year):
            return CalendarDay(year: DateSpec.fullYear(year, today: today, direction), month: month, day: day)
        case .numericShortYear(let a, let b, let year):
            let (day, month) = DateSpec.order(a, b, language: language)
            return CalendarDay(year: DateSpec.fullYear(year, today: today, direction), month: month, day: day)
        case .month(let month):
            for k in 0..<2 {
                let y = direction == .future ? c.year + k : c.year - k
                guard let first = CalendarDay(year: y, month: month, day: 1) else { return nil }
                if direction == .future ? first.lastDayOfMonth >= today : first <= today {
                    return direction == .future && y == c.year && month == c.month ? today : first
                }
            }
            return nil
        case .nthWeekday(let n, let wd, let month, let monthOffset):
            if let month {
                for k in 0..<2 {
                    let y = direction == .future ? c.year + k : c.year - k
                    guard let d = DateSpec.nth(n, wd, year: y, month: month) else { continue }
                    if direction == .future ? d >= today : d <= today { return d }
                }
                return nil
            }
            let first = CalendarDay(year: c.year, month: c.month, day: 1)!.adding(months: monthOffset)
            return DateSpec.nth(n, wd, year: first.year, month: first.month)
        case .shifted(let base, let days, let months):
            return base.resolve(today: today, direction, language: language)?.adding(months: months).adding(days: days)
        }
    }

    /// Day and month of two numbers in the language's order, or the other order when that one is impossible.
    static func order(_ a: Int, _ b: Int, language: Language) -> (day: Int, month: Int) {
        let dayFirst = language == .es
        let (d, m) = dayFirst ? (a, b) : (b, a)
        if (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(month: m, year: 2024) { return (d, m) }
        return (m, d)
    }

    /// A two-digit year: in a sentence told in the past, the latest such year not after this one;
    /// otherwise as POSIX reads it (69–99 the 1900s, 00–68 the 2000s).
    static func fullYear(_ yy: Int, today: CalendarDay, _ direction: Direction) -> Int {
        if direction == .past {
            let century = today.year / 100 * 100
            return century + yy <= today.year ? century + yy : century - 100 + yy
        }
        return (yy >= 69 ? 1900 : 2000) + yy
    }

    /// The n-th (or, for n = -1, the last) weekday `wd` of a month.
    static func nth(_ n: Int, _ wd: Int, year: Int, month: Int) -> CalendarDay? {
        guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
        if n < 0 {
            let last = first.lastDayOfMonth
            return last.adding(days: -((last.weekday - wd + 7) % 7))
        }
        let d = first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
        return d.month == month ? d : nil
    }
}
