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

extension ToneIssue.Kind {
    /// A calm sentence that says what the offending passage was trying to say. The bot may use its
    /// own templates (`tone.rewrite.*`) instead; these keep the domain usable without them.
    public func calmSentence(_ language: Language) -> String {
        switch (self, language) {
        case (.insult, .es):
            return "Le escribo en relación con la factura pendiente, con la idea de resolverlo juntos."
        case (.insult, .en):
            return "I am writing about the outstanding invoice, hoping we can sort it out together."
        case (.badFaith, .es):
            return "Entiendo que puede tratarse de un descuido; le agradecería que revisara el estado del pago."
        case (.badFaith, .en):
            return "I understand this may be an oversight; I would be grateful if you could check the status of the payment."
        case (.threat, .es):
            return "Si no recibimos el pago ni noticias suyas, tendremos que valorar otras vías de cobro, algo que preferiríamos evitar."
        case (.threat, .en):
            return "If we receive neither payment nor word from you, we will have to consider other ways to recover the amount, which we would rather avoid."
        case (.shouting, .es):
            return "Le recuerdo que la factura sigue pendiente de pago."
        case (.shouting, .en):
            return "This is a reminder that the invoice is still outstanding."
        case (.blame, .es):
            return "La factura ya ha vencido; ¿podría indicarme cuándo puedo esperar el pago?"
        case (.blame, .en):
            return "The invoice is now past due; could you let me know when I can expect payment?"
        case (.bluntImperative, .es):
            return "Le agradecería que realizara el pago lo antes posible o que me indicara una fecha."
        case (.bluntImperative, .en):
            return "I would appreciate it if you could arrange payment as soon as possible, or let me know a date."
        case (.sarcasm, .es):
            return "Quedo a la espera de su respuesta. Muchas gracias de antemano."
        case (.sarcasm, .en):
            return "I look forward to hearing from you. Thank you in advance."
        }
    }
}
