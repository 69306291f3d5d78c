import Foundation

/// A calendar date without time or zone: invoices fall due on days, not instants.
///
/// Stored as the proleptic Gregorian day number so that arithmetic and comparison are
/// integer operations (no `Calendar` on the hot path of the parser or the ledger).
public struct CalendarDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Returns nil for impossible dates such as 2026-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year),
            (1...9999).contains(year)
        else { return nil }
        ordinal = CalendarDay.daysFromCivil(year: year, month: month, day: day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months: Int) -> CalendarDay {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = min(c.day, CalendarDay.daysIn(month: m, year: y))
        return CalendarDay(ordinal: CalendarDay.daysFromCivil(year: y, month: m, day: d))
    }

    public func days(until other: CalendarDay) -> Int { other.ordinal - ordinal }

    public var lastDayOfMonth: CalendarDay {
        let c = components
        return CalendarDay(year: c.year, month: c.month, day: CalendarDay.daysIn(month: c.month, year: c.year))!
    }

    public var isoString: String {
        let c = components
        // By hand: String(format:) costs more than the rest of a parse's date handling.
        let zero = UInt8(ascii: "0")
        let dash = UInt8(ascii: "-")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        let year = String(c.year).utf8
        if c.year >= 0 { bytes.append(contentsOf: repeatElement(zero, count: max(0, 4 - year.count))) }
        bytes.append(contentsOf: year)
        bytes += [dash, zero + UInt8(c.month / 10), zero + UInt8(c.month % 10)]
        bytes += [dash, zero + UInt8(c.day / 10), zero + UInt8(c.day % 10)]
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { isoString }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func daysInYear(_ year: Int) -> Int { isLeap(year) ? 366 : 365 }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension CalendarDay {
    /// Accepts `YYYY-MM-DD` and the day-first `dd/mm/yyyy` (also with `-` or `.`), as invoices in Spain are written.
    public init?(parsing text: String) {
        // Hand-rolled over UTF-8 bytes: this runs for every line of `parse --batch` and every stored date.
        var fields: [Int] = []
        var widths: [Int] = []
        var value = 0
        var width = 0
        var started = false
        var ended = false
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !ended, width < 4 else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                width += 1
                started = true
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard width > 0, fields.count < 2, !ended else { return nil }
                fields.append(value)
                widths.append(width)
                value = 0
                width = 0
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if started { ended = true }
            default:
                return nil
            }
        }
        guard width > 0, fields.count == 2 else { return nil }
        fields.append(value)
        widths.append(width)
        if widths[0] == 4 {
            self.init(year: fields[0], month: fields[1], day: fields[2])
        } else if widths[2] == 4 {
            self.init(year: fields[2], month: fields[1], day: fields[0])
        } else {
            return nil
        }
    }

    /// Today in the given time zone (the user's, by default).
    public static func today(in zone: TimeZone = .current, now: Date = Date()) -> CalendarDay {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        let c = cal.dateComponents([.year, .month, .day], from: now)
        return CalendarDay(year: c.year!, month: c.month!, day: c.day!)!
    }
}
