/// A promise to pay in a client's status.
public struct PromiseLineView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["status.promise_future", "status.promise_past"]

    /// " 450,00 €" (with its leading space), or absent.
    public var amount: String?
    public var date: String

    public init(amount: String?, date: String) {
        self.amount = amount
        self.date = date
    }
}
