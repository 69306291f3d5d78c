import CobradorCore

/// A date as said, before the intent tells which way it points: "el viernes" and "16 de octubre"
/// name a future day in a promise and a past day in a log of what happened.
enum DateSpec: Sendable, Hashable {
    case fixed(CalendarDay)
    case dayMonth(day: Int, month: Int)
    case weekday(Int)
    case dayOfMonth(Int)
    case monthPart(Lexicon.MonthPart, month: Int)

    enum Direction: Sendable { case future, past }

    func resolve(today: CalendarDay, _ direction: Direction) -> CalendarDay? {
        let c = today.components
        switch self {
        case .fixed(let d):
            return d
        case .dayMonth(let day, let month):
            let years = direction == .future ? [c.year, c.year + 1, c.year + 2, c.year + 3, c.year + 4] : [c.year, c.year - 1, c.year - 2, c.year - 3, c.year - 4]
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
        }
    }
}
