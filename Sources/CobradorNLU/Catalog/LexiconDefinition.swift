import CobradorCore

/// The look-up lists of one language as read from `Intents/<lang>/lexicon.yaml`: month and
/// weekday names, number words, currency, channel and tone words… Each list maps a word or
/// phrase to a value (the value is ignored for plain word lists such as stopwords).
public struct LexiconDefinition: Sendable, Codable {
    public var language: Language
    public var lists: [String: [LexiconItem]]
    public var source: String

    public init(language: Language, lists: [String: [LexiconItem]], source: String = "") {
        self.language = language
        self.lists = lists
        self.source = source
    }

    /// The list names the parser understands; a file naming another is rejected so a typo is not silently ignored.
    public static let knownLists: Set<String> = [
        "months", "month_abbreviations", "weekdays", "relative_days", "numbers", "multipliers", "ordinals",
        "units", "next", "last", "this", "future_prepositions", "from_now", "ago_before", "ago_after",
        "month_parts", "currencies", "channels", "tones", "outcomes", "pause_kinds", "person_triggers",
        "stopwords", "generic_name_words", "invoice_words", "days_before", "days_after", "past_markers",
        "future_markers", "date_connectors", "negations", "money_cues", "counted_nouns", "holidays",
        "synonyms", "cues", "follow_up_openers", "choice_ordinals", "metrics", "review_cues", "client_triggers",
        "client_closers", "company_words", "fillers", "corrections", "clause_openers", "ambiguous_currencies", "past_verbs",
        "social_openers", "money_scales", "spelled_years", "person_names", "honorifics", "request_openers",
    ]
}

public struct LexiconItem: Sendable, Hashable, Codable {
    public var phrase: String
    public var value: String
    public var line: Int

    public init(phrase: String, value: String = "", line: Int = 0) {
        self.phrase = phrase
        self.value = value
        self.line = line
    }
}
