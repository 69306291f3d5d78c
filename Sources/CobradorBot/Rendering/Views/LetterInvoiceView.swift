/// One invoice as a letter lists it: amount, due day, how late, what was received.
public struct LetterInvoiceView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["letter.invoice"]

    public var number: String
    public var amount: String
    public var due: String?
    /// How long ago it fell due, when it has.
    public var daysText: String?
    /// Received so far, when part of it is paid.
    public var paid: String?
    public var outstanding: String

    public init(number: String, amount: String, due: String?, daysText: String?, paid: String?, outstanding: String) {
        self.number = number
        self.amount = amount
        self.due = due
        self.daysText = daysText
        self.paid = paid
        self.outstanding = outstanding
    }
}
