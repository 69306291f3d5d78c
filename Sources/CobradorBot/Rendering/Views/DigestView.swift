/// The daily digest: the agenda, then who owes what.
public struct DigestView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["digest"]

    public var agenda: String
    public var whoOwes: String

    public init(agenda: String, whoOwes: String) {
        self.agenda = agenda
        self.whoOwes = whoOwes
    }
}
