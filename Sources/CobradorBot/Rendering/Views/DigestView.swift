/// The daily digest: the agenda, who owes what, then the receipts expected over the next two weeks.
public struct DigestView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["digest"]

    public var agenda: String
    public var whoOwes: String
    public var receipts: String

    public init(agenda: String, whoOwes: String, receipts: String = "") {
        self.agenda = agenda
        self.whoOwes = whoOwes
        self.receipts = receipts
    }
}
