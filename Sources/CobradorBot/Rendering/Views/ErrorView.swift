/// Something went wrong inside: the user sees only a short reference, the log has the rest.
public struct ErrorView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["error.internal", "error.invalid"]

    public var reference: String

    public init(reference: String) { self.reference = reference }
}
