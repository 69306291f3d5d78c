import Foundation

/// One unprofessional passage in a draft, with where it is and what to do instead.
public struct ToneIssue: Hashable, Sendable, Codable, TemplateKeyed {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case insult
        /// Assuming the client is stealing, cheating or not paying on purpose.
        case badFaith = "bad_faith"
        /// Menace, not a calm statement of the legal route.
        case threat
        /// Capitals or runs of exclamation marks.
        case shouting
        /// Blame, guilt and exasperation.
        case blame
        /// An order to pay with no courtesy in the same sentence.
        case bluntImperative = "blunt_imperative"
        case sarcasm
    }

    public var kind: Kind
    /// The offending words as the user wrote them.
    public var excerpt: String
    /// The sentence around it, for context in the reply.
    public var sentence: String
    /// Character offset of the excerpt in the draft.
    public var offset: Int

    public init(kind: Kind, excerpt: String, sentence: String, offset: Int) {
        self.kind = kind
        self.excerpt = excerpt
        self.sentence = sentence
        self.offset = offset
    }

    public var key: String { "tone.issue.\(kind.rawValue)" }
    public var suggestionKey: String { "tone.suggestion.\(kind.rawValue)" }
    public var rewriteKey: String { "tone.rewrite.\(kind.rawValue)" }

    public var parameters: [String: String] { ["excerpt": excerpt, "sentence": sentence, "kind": kind.rawValue] }
}

/// Lets a config file key the lexicon by kind name (`{"insult": [...]}`) rather than as a flat array.
extension ToneIssue.Kind: CodingKeyRepresentable {}
