/// "Which invoice did they pay?", with the client's open invoices.
public struct PaymentQuestionView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["payment.which_invoice"]

    public var client: String
    public var invoices: String

    public init(client: String, invoices: String) {
        self.client = client
        self.invoices = invoices
    }
}
