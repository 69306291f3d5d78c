/// An amount in another currency than what is owed.
public struct CurrencyMismatchView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["error.currency_mismatch"]

    /// The codes owed ("EUR", or "EUR, USD").
    public var expected: String
    public var got: String

    public init(expected: String, got: String) {
        self.expected = expected
        self.got = got
    }
}
