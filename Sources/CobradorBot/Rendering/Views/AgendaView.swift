/// Today's collection actions, most urgent first, and who is waiting.
public struct AgendaView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["agenda.reply", "agenda.none"]

    public var date: String
    public var count: Int
    public var one: Bool
    public var lines: String?
    public var waiting: String?

    public init(date: String, count: Int, lines: String?, waiting: String?) {
        self.date = date
        self.count = count
        self.one = count == 1
        self.lines = lines
        self.waiting = waiting
    }
}
