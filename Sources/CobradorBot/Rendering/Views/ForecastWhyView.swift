import CobradorCore

/// "¿Por qué?" after a forecast (`forecast.why`): per currency and week, the invoices that weigh most,
/// each with why it is expected then, and how many more there are.
public struct ForecastWhyView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["forecast.why"]

    public struct Item: Codable, Sendable, Hashable {
        public var invoice: String
        public var client: String
        public var amount: String
        public var outstanding: String
        public var date: String
        public var part: Bool
        public var promise = false
        public var madeOn: String?
        public var clientLateness = false
        public var bookLateness = false
        public var ageWeighted = false
        public var ageFallback = false
        public var days: String?
        public var payments: Int?
        public var share: Int?
        public var wait: String?
    }

    public struct Week: Codable, Sendable, Hashable {
        public var label: String
        public var expected: String
        public var items: [Item]
        public var more: Int?
    }

    public struct CurrencyPart: Codable, Sendable, Hashable {
        public var code: String
        public var weeks: [Week]
    }

    public var empty: Bool
    public var week: String?
    public var currencies: [CurrencyPart]

    /// `week` (0-based) narrows the answer to one week.
    public init(_ f: CashForecast, _ language: Language, week: Int? = nil) {
        currencies = f.currencies.compactMap { c in
            let weeks = c.weeks.filter { (week == nil || $0.index == week) && $0.expected.isPositive }.map { w in
                Week(
                    label: DayFormatter.range(w.start, w.end, language), expected: MoneyFormatter.string(w.expected, language),
                    items: w.contributors.map { Self.item($0, language) },
                    more: w.contributorCount > w.contributors.count ? w.contributorCount - w.contributors.count : nil)
            }
            return weeks.isEmpty ? nil : CurrencyPart(code: c.currency.code, weeks: weeks)
        }
        empty = currencies.isEmpty
        if let week, week < f.weekCount {
            self.week = DayFormatter.range(f.today.adding(days: 7 * week), f.today.adding(days: 7 * week + 6), language)
        }
    }

    static func item(_ p: ForecastContribution, _ language: Language) -> Item {
        var item = Item(
            invoice: p.invoiceNumber, client: p.clientName, amount: MoneyFormatter.string(p.expected, language),
            outstanding: MoneyFormatter.string(p.outstanding, language), date: DayFormatter.long(p.expectedOn, language),
            part: p.expected != p.outstanding)
        switch p.basis {
        case .promise(_, let madeOn):
            item.promise = true
            item.madeOn = DayFormatter.long(madeOn, language)
        case .clientLateness(let days, let payments):
            item.clientLateness = true
            item.days = DayFormatter.days(days, language)
            item.payments = payments
        case .bookLateness(let days):
            item.bookLateness = true
            item.days = DayFormatter.days(days, language)
        case .ageWeighted(let overdue, let share, let wait, let reliable):
            if reliable { item.ageWeighted = true } else { item.ageFallback = true }
            item.days = DayFormatter.days(overdue, language)
            item.share = share
            item.wait = DayFormatter.days(wait, language)
        }
        return item
    }
}
