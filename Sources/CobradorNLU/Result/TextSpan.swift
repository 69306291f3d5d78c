/// A stretch of the message, as Character offsets [start, end).
public struct TextSpan: Sendable, Hashable, Encodable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
