import CobradorCore

/// One intent in one language, as written in `Intents/<lang>/<intent>.yaml`, before compilation.
public struct IntentDefinition: Sendable, Codable {
    public var language: Language
    public var name: String
    /// Whole sentences; `{client}`, `{money}`, `{date}`, `{invoice}`, `{email}`, `{phone}` stand for entities.
    public var examples: [WeightedPhrase]
    /// A word (`deudor`), a prefix (`deud*`) or a phrase (`me debe`) and how much it says about this intent.
    public var keywords: [WeightedPhrase]
    /// Token patterns: words, `pref*`, `(a|b)`, `[optional]`, `*` (skips up to three words), `{slot}`, `^`, `$`.
    public var patterns: [WeightedPhrase]
    /// Score added when an entity type is present (`client`) or absent (`no_client`).
    public var slotWeights: [String: Double]
    /// File the definition came from, for error messages.
    public var source: String

    public init(
        language: Language, name: String, examples: [WeightedPhrase] = [], keywords: [WeightedPhrase] = [],
        patterns: [WeightedPhrase] = [], slotWeights: [String: Double] = [:], source: String = ""
    ) {
        self.language = language
        self.name = name
        self.examples = examples
        self.keywords = keywords
        self.patterns = patterns
        self.slotWeights = slotWeights
        self.source = source
    }
}

public struct WeightedPhrase: Sendable, Hashable, Codable {
    public var text: String
    public var weight: Double
    /// Line in the source file (1-based), 0 when unknown.
    public var line: Int

    public init(_ text: String, weight: Double = 1, line: Int = 0) {
        self.text = text
        self.weight = weight
        self.line = line
    }
}
