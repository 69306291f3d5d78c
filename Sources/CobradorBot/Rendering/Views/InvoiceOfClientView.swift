/// A named invoice that cannot take the payment: another client's, or already paid.
public struct InvoiceOfClientView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["payment.invoice_not_of_client", "payment.already_paid"]

    public var number: String
    public var client: String

    public init(number: String, client: String) {
        self.number = number
        self.client = client
    }
}
