/// One amount.
public struct AmountView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["late_fee.fixed_costs"]

    public var amount: String

    public init(amount: String) { self.amount = amount }
}
