/// "Which client?": the candidates of an ambiguous name, or examples from the book.
public struct ClientQuestionView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["client.ambiguous", "client.which"]

    /// "Acme S.L. o Acme Corp".
    public var choices: String?
    public var examples: String?

    public init(choices: String? = nil, examples: String? = nil) {
        self.choices = choices
        self.examples = examples
    }
}
