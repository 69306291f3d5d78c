/// One invoice's late-fee computation: the rule that applied and each line of the arithmetic.
public struct LateFeeInvoiceView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["late_fee.invoice"]

    public var invoice: String
    public var outstanding: String
    public var daysText: String
    public var rule: String
    public var lines: String
    public var total: String?

    public init(invoice: String, outstanding: String, daysText: String, rule: String, lines: String, total: String?) {
        self.invoice = invoice
        self.outstanding = outstanding
        self.daysText = daysText
        self.rule = rule
        self.lines = lines
        self.total = total
    }
}
