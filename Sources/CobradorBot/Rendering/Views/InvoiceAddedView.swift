/// A new invoice to register (for a new client, after confirming) or registered.
public struct InvoiceAddedView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["invoice_add.confirm_new_client", "invoice_add.done"]

    public var number: String
    public var client: String
    public var amount: String
    public var due: String?
    /// Advice lines about the invoice's terms.
    public var warnings: String?

    public init(number: String, client: String, amount: String, due: String?, warnings: String?) {
        self.number = number
        self.client = client
        self.amount = amount
        self.due = due
        self.warnings = warnings
    }
}
