import Foundation

/// The words and phrases the tone checker looks for, per kind. Written folded or not (accents and case
/// do not matter); a trailing `*` matches any ending ("estafa*" catches "estafadores").
///
/// The built-in lists cover Spanish and English; a user can extend them from configuration.
public struct ToneLexicon: Hashable, Sendable, Codable {
    public var phrases: [ToneIssue.Kind: [String]]
    /// Capitalised words that are not shouting (tax names, company forms, currencies).
    public var acronyms: [String]
    /// Words that make an order a request: an imperative in the same sentence is then not flagged.
    public var courtesyMarkers: [String]
    /// Emoji and emoticons that read as sarcasm in a payment email.
    public var sarcasmSymbols: [String]
    /// Words that turn blame or an accusation around ("no es culpa suya", "sin mala fe").
    public var negations: [String]

    public init(
        phrases: [ToneIssue.Kind: [String]], acronyms: [String] = [], courtesyMarkers: [String] = [],
        sarcasmSymbols: [String] = [], negations: [String] = []
    ) {
        self.phrases = phrases
        self.acronyms = acronyms
        self.courtesyMarkers = courtesyMarkers
        self.sarcasmSymbols = sarcasmSymbols
        self.negations = negations
    }

    enum CodingKeys: String, CodingKey {
        case phrases, acronyms, negations
        case courtesyMarkers = "courtesy_markers"
        case sarcasmSymbols = "sarcasm_symbols"
    }

    /// Every list is optional in a config file: a user lexicon usually adds a few words to one kind.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            phrases: try c.decodeIfPresent([ToneIssue.Kind: [String]].self, forKey: .phrases) ?? [:],
            acronyms: try c.decodeIfPresent([String].self, forKey: .acronyms) ?? [],
            courtesyMarkers: try c.decodeIfPresent([String].self, forKey: .courtesyMarkers) ?? [],
            sarcasmSymbols: try c.decodeIfPresent([String].self, forKey: .sarcasmSymbols) ?? [],
            negations: try c.decodeIfPresent([String].self, forKey: .negations) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(phrases, forKey: .phrases)
        try c.encode(acronyms, forKey: .acronyms)
        try c.encode(courtesyMarkers, forKey: .courtesyMarkers)
        try c.encode(sarcasmSymbols, forKey: .sarcasmSymbols)
        try c.encode(negations, forKey: .negations)
    }

    /// Adds another lexicon's entries to this one (a user's list on top of the built-in one).
    public func merging(_ other: ToneLexicon) -> ToneLexicon {
        var merged = self
        for (kind, list) in other.phrases { merged.phrases[kind, default: []] += list }
        merged.acronyms += other.acronyms
        merged.courtesyMarkers += other.courtesyMarkers
        merged.sarcasmSymbols += other.sarcasmSymbols
        merged.negations += other.negations
        return merged
    }

    public static let builtIn = ToneLexicon(
        phrases: [
            .insult: [
                "idiota*", "imbecil*", "inutil*", "incompetente*", "sinverguenza*", "caradura*", "ladron*", "mentiros*",
                "gentuza", "impresentable*", "payaso*", "miserable*", "tacaño*", "cutres", "chorizos",
                "idiot*", "moron*", "stupid", "incompetent*", "useless", "liar*", "crook*", "thief", "thieves", "clowns",
                "pathetic", "jerk*", "shameless", "cheapskate*", "scammer*", "fraudster*", "loser*", "amateurs",
            ],
            .badFaith: [
                "robando*", "nos estais robando", "un robo", "es un robo", "estafa*", "timo", "timador*", "mala fe",
                "haceis a proposito", "hacen a proposito", "hace a proposito", "aposta", "a posta", "adrede", "tomando el pelo", "tomadura de pelo",
                "riendo de mi",
                "riendo de nosotros", "nunca pagais", "nunca pagan", "nunca pagas", "os aprovechais",
                "se aprovechan", "aprovechandoos", "os escondeis", "sabeis perfectamente", "you people",
                "never pay", "scam*", "stealing", "robbing", "rip off", "ripoff", "ripping me off", "on purpose",
                "deliberately", "bad faith", "this is fraud", "es un fraude", "taking advantage", "take advantage",
                "playing games", "dodging", "you know perfectly well",
            ],
            .threat: [
                "os vais a enterar", "te vas a enterar", "se va a enterar", "se van a enterar", "ya vereis",
                "ya veras", "ya verán", "os arrepentire*", "te arrepentiras", "se arrepentira*", "lo vais a pagar",
                "lo vas a pagar", "lo pagareis caro", "ir a por vosotros", "ir a por ti", "sabeis con quien",
                "sabes con quien", "os voy a hundir", "te voy a hundir", "contarlo en redes", "publicarlo en redes",
                "mala reseña", "quedais avisados", "estais avisados", "or else", "youll regret", "you will regret",
                "youll be sorry", "you will be sorry", "youll pay for this", "you will pay for this", "i know where",
                "watch your back", "everyone will know", "bad review", "ill ruin", "i will ruin", "destroy your",
                "youve been warned", "you have been warned",
            ],
            .blame: [
                "culpa vuestra", "culpa tuya", "culpa suya", "vuestra culpa", "tu culpa", "su culpa", "inaceptable",
                "llevo semanas esperando", "llevo meses esperando", "llevo dias esperando", "llevamos semanas esperando",
                "llevamos meses esperando", "estoy hart*", "estoy cansad* de", "es una verguenza", "vergonzoso",
                "como os atreveis", "como se atreve", "deberia daros verguenza", "deberia darle verguenza",
                "me estais ignorando", "me ignorais", "ridicul*", "no me lo puedo creer", "por enesima vez",
                "como ya te dije", "como ya le dije", "como ya os dije", "your fault", "unacceptable",
                "waiting for weeks", "waiting for months", "sick of", "tired of", "fed up", "shame on you",
                "how dare you", "should be ashamed", "ignoring me", "ignoring my", "i cant believe",
                "for the hundredth time", "as i already told you",
            ],
            .bluntImperative: [
                "pagad ya", "paga ya", "pague ya", "paguen ya", "pagar ya", "pagad de una vez", "pagad inmediatamente",
                "pague inmediatamente", "paga inmediatamente", "pagadme", "pagame", "quiero mi dinero", "exijo",
                "teneis que pagar", "tienes que pagar", "tiene que pagar", "pagad ahora mismo", "paga ahora mismo",
                "pague ahora mismo", "pay now", "pay up",
                "pay immediately", "pay me", "i want my money", "i demand", "you must pay", "send the money",
                "send my money", "pay right now",
            ],
            .sarcasm: [
                "gracias por nada", "thanks for nothing", "que sorpresa", "vaya sorpresa", "what a surprise",
                "que casualidad", "what a coincidence", "yeah right", "sure you will", "supuestamente", "supposedly",
                "so called", "clearly you", "enhorabuena por", "jaja*", "haha*", "lol",
            ],
        ],
        acronyms: [
            "IVA", "IRPF", "IBAN", "BIC", "SWIFT", "NIF", "CIF", "NIE", "SL", "SLU", "SA", "CV", "EUR", "USD", "MXN",
            "GBP", "PDF", "CEO", "CFO", "VAT", "LLC", "INC", "LTD", "OK", "ID", "URL", "SEPA", "PO", "UE", "EU", "BOE",
            "AP", "AR", "CC", "PS", "RE", "FW", "FWD", "TPV", "SMS", "DNI", "RFC", "CFDI",
        ],
        courtesyMarkers: [
            "por favor", "agradeceria*", "le ruego", "les ruego", "os ruego", "si es posible", "si fuera posible",
            "podria*", "podrias", "seria posible", "please", "kindly", "would you", "could you", "grateful",
            "appreciate", "if possible", "thank you", "thanks", "gracias",
        ],
        sarcasmSymbols: ["🙄", "😒", "🙃", ";)", ";-)", "¬¬"],
        negations: ["no", "not", "isnt", "wasnt", "arent", "sin", "without"])
}
