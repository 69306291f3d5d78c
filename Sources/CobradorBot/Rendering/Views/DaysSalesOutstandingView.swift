import CobradorCore

/// "¿Cuál es mi DSO?" (`forecast.dso`): one line per currency with the figures of the formula.
public struct DaysSalesOutstandingView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["forecast.dso"]

    public struct CurrencyPart: Codable, Sendable, Hashable {
        public var code: String
        public var receivables: String
        public var sales: String
        public var period: Int
        public var from: String
        public var to: String
        public var open: Int
        public var issued: Int
        public var days: String?
        public var noSales: Bool
    }

    public var empty: Bool
    public var today: String
    public var period: Int
    public var currencies: [CurrencyPart]

    public init(_ figures: [DaysSalesOutstanding], today: CalendarDay, _ language: Language, periodDays: Int) {
        currencies = figures.map { f in
            CurrencyPart(
                code: f.currency.code, receivables: MoneyFormatter.string(f.receivables, language),
                sales: MoneyFormatter.string(f.creditSales, language), period: f.periodDays,
                from: DayFormatter.long(f.from, language), to: DayFormatter.long(f.to, language), open: f.openInvoices,
                issued: f.invoicesIssued, days: f.days.map { DayFormatter.days($0, language) }, noSales: f.days == nil)
        }
        empty = figures.isEmpty
        self.today = DayFormatter.long(today, language)
        period = figures.first?.periodDays ?? periodDays
    }
}
