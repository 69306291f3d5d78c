import CobradorCore
import Foundation

/// The intents, their phrasings and the look-up lists, compiled once into integer-keyed
/// structures so that parsing a message never touches YAML, regexes or string-keyed scans.
/// Built by `CobradorContent.IntentCatalogLoader` from `Intents/`, or directly from definitions in tests.
/// A class: every parse reads it, and a struct of this many tables would be copied field by field.
public final class IntentCatalog: Sendable {
    let lexicon: Lexicon
    let vocabulary: Vocabulary
    let intentNames: [String]
    let intentIndex: [String: Int]
    /// The compiled models, behind references for the per-message hot path.
    let spanishModel: FrozenLanguageModel
    let englishModel: FrozenLanguageModel
    let fallbackIndex: Int

    /// Intent names, in a stable order.
    public var intents: [String] { intentNames }

    public static let builtInIntents = [
        "who_owes", "list_overdue", "client_status", "draft_reminder", "next_step", "agenda", "record_payment",
        "log_contact", "promise_to_pay", "add_invoice", "update_contact", "demand_letter", "late_fee", "check_tone",
        "prevention_tips", "pause_followup", "payment_behaviour", "forecast", "send_reminder", "help", "greet", "thanks", "confirm",
        "deny", "undo", "fallback",
    ]

    /// A catalog read back from a snapshot.
    init(lexicon: Lexicon, vocabulary: Vocabulary, intentNames: [String], spanish: LanguageModel, english: LanguageModel) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.intentNames = intentNames
        var index: [String: Int] = [:]
        for (k, n) in intentNames.enumerated() { index[n] = k }
        intentIndex = index
        fallbackIndex = index["fallback"] ?? 0
        spanishModel = FrozenLanguageModel(spanish)
        englishModel = FrozenLanguageModel(english)
    }

    public init(intents definitions: [IntentDefinition], lexicons: [LexiconDefinition]) throws(FileLineError) {
        let lexicon = try Lexicon(lexicons)
        self.lexicon = lexicon
        var names = IntentCatalog.builtInIntents.filter { n in definitions.contains { $0.name == n } || n == "fallback" }
        for d in definitions where !names.contains(d.name) {
            guard d.name.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
                throw FileLineError(file: d.source, line: 1, reason: "intent name '\(d.name)' must be lower_snake_case")
            }
            names.append(d.name)
        }
        intentNames = names
        var index: [String: Int] = [:]
        for (k, n) in names.enumerated() { index[n] = k }
        intentIndex = index
        fallbackIndex = index["fallback"]!

        var vocab = Vocabulary()
        // In a fixed order: term numbers decide ties (the spelling corrector's among equally close
        // words), and a set's order changes from one process to the next.
        for language in Language.allCases {
            for w in (lexicon.wordsByLanguage[language] ?? []).sorted() { vocab.intern(w, mask: IntentCatalog.mask(language)) }
        }
        for s in ["{client}", "{invoice}", "{money}", "{date}", "{email}", "{phone}", "{person}", "{days}", "{quote}", "?"] {
            vocab.intern(s)
        }
        // Examples become word sequences first (entities replaced by placeholders), then terms.
        var exampleUnits: [(def: Int, units: [String], phrase: WeightedPhrase)] = []
        // Reading each example through the entity pipeline is most of the start-up cost: spread it.
        let allTexts = definitions.flatMap { $0.examples.map(\.text) }
        let allUnits = allTexts.concurrentMap { IntentCatalog.units(of: $0, lexicon: lexicon) }
        var next = 0
        for (d, def) in definitions.enumerated() {
            if def.examples.isEmpty && def.keywords.isEmpty && def.patterns.isEmpty {
                throw FileLineError(file: def.source, line: 1, reason: "intent '\(def.name)' has no examples, keywords or patterns")
            }
            for ex in def.examples {
                let units = allUnits[next]
                next += 1
                guard !units.isEmpty else {
                    throw FileLineError(file: def.source, line: ex.line, reason: "example '\(ex.text)' has no words")
                }
                for u in units { vocab.intern(u, mask: IntentCatalog.mask(def.language)) }
                exampleUnits.append((d, units, ex))
            }
        }
        var models: [Language: LanguageModel] = [:]
        for language in Language.allCases {
            var m = LanguageModel()
            m.slotWeights = Array(repeating: [:], count: names.count)
            models[language] = m
        }
        for def in definitions {
            let intent = index[def.name]!
            let mask = IntentCatalog.mask(def.language)
            var model = models[def.language]!
            for (slot, w) in def.slotWeights { model.slotWeights[intent][slot, default: 0] += w }
            for kw in def.keywords {
                let words = TextFolding.normalize(kw.text).split(separator: " ")
                if words.count == 1 {
                    let isPrefix = kw.text.hasSuffix("*")
                    let folded = String(words[0])
                    let term = vocab.intern(isPrefix ? folded + "*" : folded, mask: mask)
                    model.keywords[term, default: []].append((intent, kw.weight))
                } else if words.count > 1 {
                    try IntentCatalog.addPattern(
                        words.joined(separator: " ") + (kw.text.hasSuffix("*") ? "*" : ""), weight: kw.weight, intent: intent, mask: mask, def: def,
                        line: kw.line,
                        model: &model, vocab: &vocab)
                } else {
                    throw FileLineError(file: def.source, line: kw.line, reason: "keyword '\(kw.text)' has no usable word")
                }
            }
            for p in def.patterns {
                try IntentCatalog.addPattern(
                    p.text, weight: p.weight, intent: intent, mask: mask, def: def, line: p.line,
                    model: &model, vocab: &vocab)
            }
            models[def.language] = model
        }
        vocab.finish()
        // Example vectors over stems, weighted by inverse document frequency per language.
        for language in Language.allCases {
            var model = models[language]!
            let mine = exampleUnits.filter { definitions[$0.def].language == language }
            var df: [Int32: Int] = [:]
            var bags: [[Int32]] = []
            for ex in mine {
                let bag = Set(ex.units.map { vocab.stemOf[Int(vocab.id($0)!)] }).sorted()
                bags.append(bag)
                for t in bag { df[t, default: 0] += 1 }
            }
            let n = Double(max(mine.count, 1))
            for (t, c) in df { model.idf[t] = log(1 + n / Double(c)) }
            model.unknownIDF = log(1 + n)
            for (k, ex) in mine.enumerated() {
                var norm = 0.0
                for t in bags[k] {
                    let w = model.idf[t]!
                    norm += w * w
                    model.exampleIndex[t, default: []].append((Int32(k), w * ex.phrase.weight))
                }
                model.exampleIntent.append(index[definitions[ex.def].name]!)
                model.exampleNorm.append(norm.squareRoot())
            }
            models[language] = model
        }
        for language in Language.allCases { models[language]!.freeze(termCount: vocab.words.count) }
        vocabulary = vocab
        spanishModel = FrozenLanguageModel(models[.es]!)
        englishModel = FrozenLanguageModel(models[.en]!)
    }

    func model(_ language: Language) -> FrozenLanguageModel {
        language == .es ? spanishModel : englishModel
    }

    static func mask(_ language: Language) -> UInt8 { language == .es ? 1 : 2 }

    private static func addPattern(
        _ text: String, weight: Double, intent: Int, mask: UInt8, def: IntentDefinition, line: Int,
        model: inout LanguageModel, vocab: inout Vocabulary
    ) throws(FileLineError) {
        switch IntentPattern.compile(text, weight: weight, intent: intent, mask: mask, vocabulary: &vocab) {
        case .success(let p):
            let k = Int32(model.patterns.count)
            model.patterns.append(p)
            for a in Set(p.anchors) { model.patternIndex[a, default: []].append(k) }
        case .failure(let e):
            throw FileLineError(file: def.source, line: line, reason: "pattern '\(text)': \(e)")
        }
    }

    /// An example sentence as the scorer will see a message: words, with entities as placeholders.
    static func units(of text: String, lexicon: Lexicon) -> [String] {
        var ctx = ExtractionContext(
            text: AnalyzedText(text, placeholders: true), lexicon: lexicon,
            today: CalendarDay(year: 2026, month: 1, day: 1)!)
        EntityPipeline.extract(&ctx, gazetteer: nil, invoices: InvoiceDirectory([:]), isCommon: { _ in true })
        var out: [String] = []
        var i = 0
        while i < ctx.tokens.count {
            if let e = ctx.entityAtToken[i] {
                out.append(ctx.entities[e].slotWord)
                i = ctx.text.tokenRange(coveringChars: ctx.entities[e].start, ctx.entities[e].end).upperBound
                continue
            }
            out.append(ctx.tokens[i].isNumber ? "{number}" : ctx.tokens[i].norm)
            i += 1
        }
        if ctx.text.hasQuestionMark { out.append("?") }
        return out
    }

    /// True for words the catalog uses (so "la", "pago" or "mañana" are never read as a client name).
    func isCommon(_ word: String) -> Bool {
        guard let id = vocabulary.id(word) else { return false }
        return vocabulary.languageMask[Int(id)] != 0
    }
}
