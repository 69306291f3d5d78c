/// How many invoices a debtor has and how late the oldest is: "2 facturas, 41 días de retraso".
public struct DebtorAgeView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["who_owes.age"]

    public var count: Int
    public var one: Bool
    /// The oldest is past due by `daysText`.
    public var late: Bool
    public var dueToday: Bool
    /// The oldest falls due in `daysText`.
    public var dueLater: Bool
    public var daysText: String

    public init(count: Int, late: Bool, dueToday: Bool, dueLater: Bool, daysText: String) {
        self.count = count
        self.one = count == 1
        self.late = late
        self.dueToday = dueToday
        self.dueLater = dueLater
        self.daysText = daysText
    }
}
