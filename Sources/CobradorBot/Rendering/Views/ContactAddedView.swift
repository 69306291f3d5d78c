/// Contact details added to a client.
public struct ContactAddedView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["contact_update.done"]

    public var client: String
    public var added: String

    public init(client: String, added: String) {
        self.client = client
        self.added = added
    }
}
