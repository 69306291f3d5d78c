/// One invoice of a payment: what it received and what it still owes (or was overpaid).
public struct PaymentLineView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["payment.line"]

    public var number: String
    public var amount: String
    public var remaining: String?
    /// Paid beyond what it owed.
    public var over: String?
    public var settled: Bool

    public init(number: String, amount: String, remaining: String?, over: String?) {
        self.number = number
        self.amount = amount
        self.remaining = remaining
        self.over = over
        self.settled = remaining == nil && over == nil
    }
}
