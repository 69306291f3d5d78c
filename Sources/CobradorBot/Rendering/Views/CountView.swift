/// A counted noun: "1 día", "41 días".
public struct CountView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["phrase.days"]

    public var count: Int
    public var one: Bool

    public init(count: Int) {
        self.count = count
        self.one = count == 1
    }
}
