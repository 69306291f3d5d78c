/// An invoice's late-fee clause, as a letter reminds it.
public struct LateFeeClauseView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["letter.late_fee.monthly", "letter.late_fee.fixed"]

    public var number: String
    /// Percent per month ("1.5").
    public var rate: String?
    public var amount: String?

    public init(number: String, rate: String? = nil, amount: String? = nil) {
        self.number = number
        self.rate = rate
        self.amount = amount
    }
}
