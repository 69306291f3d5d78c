import CobradorCore
import Foundation

/// The 13-week cash forecast (`forecast.reply`): per currency, one row per week, totals, the baseline
/// and what was left out; then how the expected dates were worked out. Currencies are never added up.
public struct ForecastView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["forecast.reply"]

    public struct Row: Codable, Sendable, Hashable {
        public var week: String
        public var due: String
        public var expected: String
        public var bar: String?
    }

    public struct Excluded: Codable, Sendable, Hashable {
        public var invoice: String
        public var client: String
        public var amount: String
        public var since: String
        public var dispute: Bool
        public var pause: Bool
    }

    public struct CurrencyPart: Codable, Sendable, Hashable {
        public var code: String
        public var rows: [Row]
        public var totalDue: String
        public var totalExpected: String
        public var baseline: String
        public var overdue: String?
        public var later: String?
        public var unlikely: String?
        public var excluded: [Excluded]
    }

    public var today: String
    public var weeks: Int
    public var empty: Bool
    public var several: Bool
    public var currencies: [CurrencyPart]
    public var months: Int
    public var bookMedian: String
    public var horizon: Int
    public var byClient: Int?
    public var byBook: Int?
    public var byPromise: Int?
    public var byAge: Int?
    public var excludedCount: Int?
    public var fallback: Bool
    public var fallbackShare: Int
    /// Per part of the method line, whether another part follows it (a "; ") or it is the last (a ".").
    public var clientThen: Bool
    public var bookThen: Bool
    public var promiseThen: Bool
    public var ageThen: Bool

    /// `bars`: a bar of each week's expected amount, for channels that show a fixed-width chart.
    public init(_ f: CashForecast, _ language: Language, bars: Bool) {
        today = DayFormatter.long(f.today, language)
        weeks = f.weekCount
        empty = f.currencies.isEmpty
        several = f.currencies.count > 1
        currencies = f.currencies.map { Self.part($0, language, bars: bars) }
        let m = f.method
        months = m.clientHistoryMonths
        bookMedian = DayFormatter.days(m.bookMedianDaysLate, language)
        horizon = f.weekCount
        byClient = m.byClientLateness > 0 ? m.byClientLateness : nil
        byBook = m.byBookLateness > 0 ? m.byBookLateness : nil
        byPromise = m.byPromise > 0 ? m.byPromise : nil
        byAge = m.byAge > 0 ? m.byAge : nil
        excludedCount = m.excluded > 0 ? m.excluded : nil
        fallback = m.usedAgeFallback
        fallbackShare = m.fallbackAgeSharePercent
        let present = [byClient, byBook, byPromise, byAge, excludedCount].map { $0 != nil }
        let follows = { (k: Int) in present[(k + 1)...].contains(true) }
        (clientThen, bookThen, promiseThen, ageThen) = (follows(0), follows(1), follows(2), follows(3))
    }

    /// Amounts are padded to line up in a fixed-width font.
    static func part(_ f: CurrencyForecast, _ language: Language, bars: Bool) -> CurrencyPart {
        let due = f.weeks.map { MoneyFormatter.string($0.byDueDate, language) }
        let expected = f.weeks.map { MoneyFormatter.string($0.expected, language) }
        let labels = f.weeks.map { DayFormatter.range($0.start, $0.end, language) }
        let wl = labels.map(\.count).max() ?? 0
        let wd = due.map(\.count).max() ?? 0
        let we = expected.map(\.count).max() ?? 0
        let top = f.weeks.map(\.expected.minorUnits).max() ?? 0
        let rows = f.weeks.indices.map { w -> Row in
            let units = f.weeks[w].expected.minorUnits
            let bar = bars && top > 0 && units > 0 ? String(repeating: "█", count: max(1, Int((units * 24 + top - 1) / top))) : nil
            return Row(
                week: labels[w].padding(toLength: wl, withPad: " ", startingAt: 0),
                due: String(repeating: " ", count: wd - due[w].count) + due[w],
                expected: String(repeating: " ", count: we - expected[w].count) + expected[w], bar: bar)
        }
        let excluded = f.excluded.map { e in
            Excluded(
                invoice: e.invoiceNumber, client: e.clientName, amount: MoneyFormatter.string(e.outstanding, language),
                since: DayFormatter.long(e.since, language), dispute: e.kind.rawValue == "dispute", pause: e.kind.rawValue == "pause")
        }
        return CurrencyPart(
            code: f.currency.code, rows: rows, totalDue: MoneyFormatter.string(f.totalByDueDate, language),
            totalExpected: MoneyFormatter.string(f.totalExpected, language),
            baseline: MoneyFormatter.string(f.baselineWeekly, language),
            overdue: f.overdue.isPositive ? MoneyFormatter.string(f.overdue, language) : nil,
            later: f.expectedLater.isPositive ? MoneyFormatter.string(f.expectedLater, language) : nil,
            unlikely: f.unlikely.isPositive ? MoneyFormatter.string(f.unlikely, language) : nil, excluded: excluded)
    }
}
