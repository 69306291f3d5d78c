/// A promise to pay recorded.
public struct PromiseView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["promise.done"]

    public var client: String
    public var amount: String?
    public var weekday: String
    public var date: String
    /// The day after, when a missing payment becomes a broken promise.
    public var check: String

    public init(client: String, amount: String?, weekday: String, date: String, check: String) {
        self.client = client
        self.amount = amount
        self.weekday = weekday
        self.date = date
        self.check = check
    }
}
