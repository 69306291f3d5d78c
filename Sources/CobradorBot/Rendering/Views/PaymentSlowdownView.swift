import CobradorCore

/// "¿Quién está pagando más lento?" (`forecast.slower`): the clients, biggest rise first, with both medians.
public struct PaymentSlowdownView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["forecast.slower"]

    public struct Line: Codable, Sendable, Hashable {
        public var client: String
        public var rise: String
        public var recent: String
        public var earlier: String
        public var recentPayments: Int
        public var earlierPayments: Int
    }

    public var empty: Bool
    public var recentDays: Int
    public var earlierMonths: Int
    public var clients: [Line]

    public init(_ list: [PaymentSlowdown], settings: ForecastSettings, _ language: Language) {
        clients = list.map { s in
            Line(
                client: s.clientName, rise: DayFormatter.days(s.riseDays, language),
                recent: DayFormatter.days(s.recentMedianDaysLate, language),
                earlier: DayFormatter.days(s.earlierMedianDaysLate, language), recentPayments: s.recentPayments,
                earlierPayments: s.earlierPayments)
        }
        empty = list.isEmpty
        recentDays = settings.slowerRecentDays
        earlierMonths = settings.slowerEarlierDays / 30
    }
}
