/// What a reminder email or the demand letter says about the client's invoices.
public struct LetterView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "email.courtesy.subject", "email.courtesy.body", "email.reminder_1.subject", "email.reminder_1.body",
        "email.reminder_1_soft.subject", "email.reminder_1_soft.body",
        "email.reminder_1_firm.subject", "email.reminder_1_firm.body", "email.reminder_2.subject", "email.reminder_2.body",
        "email.reminder_2_firm.subject", "email.reminder_2_firm.body", "email.reminder_3.subject", "email.reminder_3.body",
        "email.final_notice.subject", "email.final_notice.body", "email.promise.subject", "email.promise.body", "letter.demand",
    ]

    public var client: String
    /// The contact person's first name.
    public var greetingName: String?
    /// One line per invoice.
    public var invoices: String
    public var one: Bool
    public var numbers: String
    public var total: String
    public var sender: String
    public var today: String
    public var howToPay: String?
    public var lateFee: String?
    public var brokenPromise: String?
    public var promisedFor: String?
    public var lastReminder: String?
    // The demand letter's own parts.
    public var history: String?
    public var payments: String?
    public var deadline: String?
    public var contact: String?
    public var email: String?
    public var charges: String?

    public init(client: String, invoices: String, one: Bool, numbers: String, total: String, sender: String, today: String) {
        self.client = client
        self.invoices = invoices
        self.one = one
        self.numbers = numbers
        self.total = total
        self.sender = sender
        self.today = today
    }
}
