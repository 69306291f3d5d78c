/// Who owes what, per client, with totals and ageing per currency.
public struct WhoOwesView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["who_owes.summary", "who_owes.none"]

    public var today: String
    public var count: Int
    public var one: Bool
    /// One aligned line per debtor.
    public var lines: String?
    public var totals: String?
    public var ageing: String?

    public init(today: String, count: Int = 0, lines: String? = nil, totals: String? = nil, ageing: String? = nil) {
        self.today = today
        self.count = count
        self.one = count == 1
        self.lines = lines
        self.totals = totals
        self.ageing = ageing
    }
}
