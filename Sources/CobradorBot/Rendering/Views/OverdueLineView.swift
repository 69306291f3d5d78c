/// One overdue invoice in a listing.
public struct OverdueLineView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["list_overdue.line"]

    public var number: String
    public var client: String
    public var amount: String
    public var daysText: String

    public init(number: String, client: String, amount: String, daysText: String) {
        self.number = number
        self.client = client
        self.amount = amount
        self.daysText = daysText
    }
}
