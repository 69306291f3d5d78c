import CobradorCore

/// The digest's expected receipts (`forecast.digest`): per currency, what is expected in the first
/// weeks and what falls due in them, with the largest contribution.
public struct ForecastDigestView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["forecast.digest"]

    public struct CurrencyPart: Codable, Sendable, Hashable {
        public var code: String
        public var expected: String
        public var due: String
        public var topInvoice: String?
        public var topClient: String?
        public var topAmount: String?
    }

    public var empty: Bool
    public var days: String
    public var currencies: [CurrencyPart]

    public init(_ f: CashForecast, _ language: Language, weeks: Int = 2) {
        currencies = f.currencies.compactMap { c in
            let expected = c.expected(inFirst: weeks)
            let due = c.weeks.prefix(weeks).reduce(Money.zero(c.currency)) { $0 + $1.byDueDate }
            guard expected.isPositive || due.isPositive else { return nil }
            let biggest = c.weeks.prefix(weeks).flatMap(\.contributors).max { $0.expected.minorUnits < $1.expected.minorUnits }
            return CurrencyPart(
                code: c.currency.code, expected: MoneyFormatter.string(expected, language), due: MoneyFormatter.string(due, language),
                topInvoice: biggest?.invoiceNumber, topClient: biggest?.clientName,
                topAmount: biggest.map { MoneyFormatter.string($0.expected, language) })
        }
        empty = currencies.isEmpty
        days = DayFormatter.days(weeks * 7, language)
    }
}
