/// The overdue invoices, optionally of one client or older than some days.
public struct ListOverdueView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["list_overdue.reply", "list_overdue.none"]

    public var today: String
    /// The age asked for, when one was ("más de 30 días").
    public var days: String?
    public var daysText: String
    public var client: String?
    public var count: Int
    public var one: Bool
    public var lines: String?
    public var totals: String?

    public init(today: String, days: String?, daysText: String, client: String?) {
        self.today = today
        self.days = days
        self.daysText = daysText
        self.client = client
        self.count = 0
        self.one = false
    }
}
