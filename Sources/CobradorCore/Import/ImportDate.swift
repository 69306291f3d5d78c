import Foundation

/// Dates as invoicing tools write them: `2021-01-28`, `2021-01-28 12:00:00`, `2021-01-28T11:04:09+00:00`,
/// `28/01/2021`, `1/28/21`, `28.01.2021`, `Jan 28 2021`, `January 28, 2021`, `28-Jan-21`, `28 ene 2021`,
/// `28 de enero de 2021`, `Thursday, July 30, 2026`, `20210128`, and Unix seconds. A time after the
/// date is ignored. Numeric day and month are told apart by a part over 12, else by `order`.
public enum ImportDate {
    public static func parse(_ text: String, order: DateOrder) -> CalendarDay? {
        var copy = text
        return copy.withUTF8 { parse($0, order: order) }
    }

    /// The day, what it says about the file's order, and whether it could be read either way round
    /// (03/04/2026), in one call for the reader's hot path.
    static func read(_ raw: UnsafeBufferPointer<UInt8>, order: DateOrder) -> (day: CalendarDay?, evidence: DateOrder?, ambiguous: Bool) {
        let bytes = ImportText.trimmed(raw)
        if let iso = isoFastPath(bytes) { return (iso, nil, false) }
        var ambiguous = false
        let tokens = tokenize(bytes)
        if tokens.count >= 3, case .number(let a, let wa) = tokens[0], case .number(let b, _) = tokens[1],
            case .number(_, let wc) = tokens[2], wa <= 2, wc == 4 || wc == 2
        {
            ambiguous = a <= 12 && b <= 12 && a != b
        }
        return (parse(bytes, order: order), evidence(bytes), ambiguous)
    }

    /// What a numeric date says about the file's order: `.dmy` for 28/01/2021, `.mdy` for 1/28/2021,
    /// nil when it cannot tell (03/04/2021, ISO, month names).
    static func evidence(_ bytes: UnsafeBufferPointer<UInt8>) -> DateOrder? {
        let tokens = tokenize(ImportText.trimmed(bytes))
        guard tokens.count >= 3, case .number(let a, let wa) = tokens[0], case .number(let b, _) = tokens[1],
            case .number(_, let wc) = tokens[2], wa <= 2, wc == 4 || wc == 2
        else { return nil }
        if a > 12 && b <= 12 { return .dmy }
        if b > 12 && a <= 12 { return .mdy }
        return nil
    }

    public static func parse(_ raw: UnsafeBufferPointer<UInt8>, order: DateOrder) -> CalendarDay? {
        let bytes = ImportText.trimmed(raw)
        guard !bytes.isEmpty else { return nil }
        if let iso = isoFastPath(bytes) { return iso }
        let tokens = tokenize(bytes)
        guard let first = tokens.first else { return nil }
        if tokens.count == 1, case .number(let n, let width) = first { return single(n, width: width) }
        var numbers: [(value: Int, width: Int)] = []
        var month: Int?
        for token in tokens {
            switch token {
            case .number(let n, let w): numbers.append((n, w))
            case .word(let w): if month == nil, numbers.count < 3, let m = monthNames[w] { month = m }
            }
            if month == nil && numbers.count == 3 || month != nil && numbers.count == 2 { break }
        }
        if let month {
            guard numbers.count == 2 else { return nil }
            let (a, b) = (numbers[0], numbers[1])
            if a.width == 4 { return day(year: a.value, month: month, day: b.value, yearWidth: 4) }
            return day(year: b.value, month: month, day: a.value, yearWidth: b.width)
        }
        guard numbers.count == 3 else { return nil }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if a.width == 4 { return day(year: a.value, month: b.value, day: c.value, yearWidth: 4) }
        guard a.width <= 2, b.width <= 2, c.width == 4 || c.width == 2 else { return nil }
        let dayFirst: Bool
        if a.value > 12 { dayFirst = true } else if b.value > 12 { dayFirst = false } else { dayFirst = order != .mdy }
        return dayFirst
            ? day(year: c.value, month: b.value, day: a.value, yearWidth: c.width)
            : day(year: c.value, month: a.value, day: b.value, yearWidth: c.width)
    }

    /// `YYYY-MM-DD` with nothing after it, or a time: the cobrador format and most exports.
    private static func isoFastPath(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        if b.count > 10, b[10] != UInt8(ascii: "T"), b[10] != UInt8(ascii: " ") { return nil }
        func digit(_ i: Int) -> Int? {
            let d = Int(b[i]) - 48
            return (0...9).contains(d) ? d : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), let m0 = digit(5), let m1 = digit(6),
            let d0 = digit(8), let d1 = digit(9)
        else { return nil }
        return day(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1, yearWidth: 4)
    }

    private static func single(_ n: Int, width: Int) -> CalendarDay? {
        switch width {
        case 8:
            return day(year: n / 10_000, month: n / 100 % 100, day: n % 100, yearWidth: 4)
        case 10:
            // Unix seconds, as some API exports write them.
            return CalendarDay(ordinal: n / 86_400)
        case 5 where (20_000...80_000).contains(n):
            // A spreadsheet serial number (days since 1899-12-30) in a cell saved without its format.
            return CalendarDay(ordinal: n - 25_569)
        default:
            return nil
        }
    }

    private static func day(year: Int, month: Int, day: Int, yearWidth: Int) -> CalendarDay? {
        var y = year
        if yearWidth == 2 { y += year < 70 ? 2000 : 1900 } else if yearWidth != 4 { return nil }
        guard (1900...2999).contains(y) else { return nil }
        return CalendarDay(year: y, month: month, day: day)
    }

    enum Token: Equatable {
        case number(Int, width: Int)
        case word(String)
    }

    /// Numbers and words of the date part; stops at a time (`12:30`) or a zone.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = bytes.count
        while i < n, tokens.count < 8 {
            let b = bytes[i]
            if b >= 48 && b <= 57 {
                var value = 0
                var width = 0
                while i < n, bytes[i] >= 48, bytes[i] <= 57 {
                    if width < 10 { value = value * 10 + Int(bytes[i] - 48) }
                    width += 1
                    i += 1
                }
                // A time: "12:30", "11:04:09": the date is over.
                if i < n, bytes[i] == UInt8(ascii: ":") { break }
                tokens.append(.number(value, width: width))
                if width > 10 { return [] }
            } else if b >= 0x80 || (b | 0x20) >= 97 && (b | 0x20) <= 122 {
                var word: [UInt8] = []
                while i < n, bytes[i] >= 0x80 || (bytes[i] | 0x20) >= 97 && (bytes[i] | 0x20) <= 122 {
                    word.append(bytes[i] < 0x80 ? bytes[i] | 0x20 : bytes[i])
                    i += 1
                }
                // "T" between an ISO date and its time.
                if word == [UInt8(ascii: "t")] && tokens.count >= 3 { break }
                tokens.append(.word(String(decoding: word, as: UTF8.self)))
            } else {
                i += 1
            }
        }
        return tokens
    }

    /// Month names and abbreviations in English, Spanish, Portuguese, French, German and Italian.
    static let monthNames: [String: Int] = {
        let lists: [[String]] = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"],
            ["december", "dec"],
        ]
        let spanish: [[String]] = [
            ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"], ["julio"], ["agosto", "ago"],
            ["septiembre", "setiembre", "set"], ["octubre"], ["noviembre"], ["diciembre", "dic"],
        ]
        let others: [[String]] = [
            ["janeiro", "janvier", "janv", "januar", "jän", "gennaio", "gen"],
            ["fevereiro", "fev", "février", "fevrier", "févr", "fevr", "februar", "febbraio"],
            ["março", "marco", "mars", "märz", "marz", "maerz", "mär"],
            ["avril", "avr", "aprile"],
            ["maio", "mai", "maggio", "mag"],
            ["junho", "juin", "juni", "giugno", "giu"],
            ["julho", "juillet", "juil", "juli", "luglio", "lug"],
            ["août", "aout", "agosto"],
            ["setembro", "septembre", "settembre"],
            ["outubro", "out", "octobre", "oktober", "okt", "ottobre", "ott"],
            ["novembro", "novembre"],
            ["dezembro", "dez", "décembre", "decembre", "déc", "dezember", "dicembre"],
        ]
        var table: [String: Int] = [:]
        for group in [lists, spanish, others] {
            for (m, names) in group.enumerated() {
                for name in names where table[name] == nil { table[name] = m + 1 }
            }
        }
        return table
    }()
}
