/// A change taken back, described as it was confirmed.
public struct UndoneView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["undo.done"]

    public var what: String

    public init(what: String) { self.what = what }
}
