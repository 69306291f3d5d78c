import CobradorCore

/// One client as the parser knows it: its id in the store, its canonical name, other names people
/// use for it (a trade name, an acronym) and the currencies of its invoices (so "$1,750 from Globex"
/// is in Globex's dollars).
public struct GazetteerEntry: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var aliases: [String]
    public var currencies: [Currency]

    public init(id: Int64, name: String, aliases: [String] = [], currencies: [Currency] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.currencies = currencies
    }
}
