/// A name that is not one of the clients, with the closest names that are, if any.
public struct UnknownClientView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["client.unknown"]

    public var name: String
    /// "Globex Corporation o Globo S.L.".
    public var suggestions: String?

    public init(name: String, suggestions: String?) {
        self.name = name
        self.suggestions = suggestions
    }
}
