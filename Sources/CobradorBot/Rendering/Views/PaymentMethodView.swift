/// A way to pay offered in a letter.
public struct PaymentMethodView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["letter.pay_by_transfer", "letter.pay_by_link"]

    public var iban: String?
    public var link: String?

    public init(iban: String? = nil, link: String? = nil) {
        self.iban = iban
        self.link = link
    }
}
