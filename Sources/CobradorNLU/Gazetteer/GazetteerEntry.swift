/// One client as the parser knows it: its id in the store, its canonical name and other names
/// people use for it (a trade name, an acronym).
public struct GazetteerEntry: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var aliases: [String]

    public init(id: Int64, name: String, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
    }
}
