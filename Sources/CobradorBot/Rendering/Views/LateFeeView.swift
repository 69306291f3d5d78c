/// The late charges a client's overdue invoices carry, with each computation.
public struct LateFeeView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["late_fee.reply"]

    public var client: String
    public var today: String
    public var invoices: String
    public var charges: String?
    public var claim: String
    public var rateCheck: String?

    public init(client: String, today: String, invoices: String, charges: String?, claim: String, rateCheck: String?) {
        self.client = client
        self.today = today
        self.invoices = invoices
        self.charges = charges
        self.claim = claim
        self.rateCheck = rateCheck
    }
}
