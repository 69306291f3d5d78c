/// A payment to record or recorded, spread over invoices.
public struct PaymentView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["payment.confirm", "payment.done"]

    public var client: String
    public var total: String
    public var date: String
    /// One line per invoice, with what is left.
    public var lines: String

    public init(client: String, total: String, date: String, lines: String) {
        self.client = client
        self.total = total
        self.date = date
        self.lines = lines
    }
}
