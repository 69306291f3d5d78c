/// Everything about one client: open invoices, payments, contacts, promises and the advice.
public struct ClientStatusView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["client_status.reply"]

    public var client: String
    /// What is owed, per currency; absent when nothing is.
    public var owed: String?
    public var invoices: String
    public var payments: String
    public var events: String
    public var promises: String
    public var contacts: String
    public var advice: String

    public init(
        client: String, owed: String?, invoices: String, payments: String, events: String, promises: String, contacts: String,
        advice: String
    ) {
        self.client = client
        self.owed = owed
        self.invoices = invoices
        self.payments = payments
        self.events = events
        self.promises = promises
        self.contacts = contacts
        self.advice = advice
    }
}
