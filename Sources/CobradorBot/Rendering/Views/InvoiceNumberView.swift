/// An invoice number that cannot be used: unknown, or already taken.
public struct InvoiceNumberView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["error.duplicate_invoice", "invoice.unknown"]

    public var number: String

    public init(number: String) { self.number = number }
}
