/// "A, B o C" / "A, B and C": every item but the last already joined with commas.
public struct ListView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["list.or", "list.and"]

    public var head: String
    public var last: String

    public init(head: String, last: String) {
        self.head = head
        self.last = last
    }
}
