import CobradorCore
import Foundation

/// Reads one message: finds the entities, detects the language, scores the intents and
/// resolves what depends on the intent (which way "el viernes" points). Deterministic, no I/O.
public struct NLUParser: Sendable {
    public let catalog: IntentCatalog
    public let clients: ClientGazetteer
    let invoices: InvoiceDirectory

    /// Score a message must beat for any intent to be preferred over `fallback`.
    static let fallbackFloor = 2.4
    /// Softmax temperature turning scores into confidences.
    static let temperature = 1.1

    static let pastIntents: Set<String> = ["log_contact", "record_payment"]
    static let futureIntents: Set<String> = ["promise_to_pay", "add_invoice", "agenda", "draft_reminder", "next_step", "pause_followup"]

    public init(catalog: IntentCatalog, clients: ClientGazetteer, invoiceNumbers: [String: Int64] = [:]) {
        self.catalog = catalog
        self.clients = clients
        self.invoices = InvoiceDirectory(invoiceNumbers)
    }

    public func parse(_ text: String, today: CalendarDay, language: Language? = nil) -> ParseResult {
        var ctx = ExtractionContext(text: AnalyzedText(text), lexicon: catalog.lexicon, today: today)
        EntityPipeline.extract(&ctx, gazetteer: clients, invoices: invoices, isCommon: { catalog.isCommon($0) })
        var ranking = rank(ctx, language: language)
        // "¿suena bien esto? Hola, les recuerdo…": when the introduction alone asks for a tone
        // check, the rest is the draft under review and must not be read as a request.
        if catalog.intentNames[ranking.top] != "check_tone", !ctx.entities.contains(where: { $0.kind == .quote }),
           let (s, e) = QuoteScanner.afterIntroduction(ctx.text), ctx.text.tokenRange(coveringChars: s, e).count >= 3 {
            var quoted = ctx
            quoted.quote(start: s, end: e)
            let alternative = rank(quoted, language: language)
            if catalog.intentNames[alternative.top] == "check_tone" {
                ctx = quoted
                ranking = alternative
            }
        }
        let (scores, ranked, top, lang) = (ranking.scores, ranking.ranked, ranking.top, ranking.language)
        let maxScore = scores[top]
        var z = 0.0
        for k in ranked { z += exp((scores[k] - maxScore) / NLUParser.temperature) }
        func conf(_ k: Int) -> Double { z > 0 ? exp((scores[k] - maxScore) / NLUParser.temperature) / z : 1 }
        let intent = catalog.intentNames[top]
        let alternatives = ranked.dropFirst().prefix(3).map { IntentAlternative(intent: catalog.intentNames[$0], confidence: conf($0)) }
            .filter { $0.confidence >= 0.005 }

        let entities = finish(ctx, intent: intent, today: today)
        return ParseResult(text: text, language: lang, intent: intent, confidence: ranked.isEmpty ? 1 : conf(top),
                           entities: entities, alternatives: Array(alternatives), wordCount: ctx.tokens.count)
    }

    private func rank(_ ctx: ExtractionContext, language: Language?) -> (scores: [Double], ranked: [Int], top: Int, language: Language) {
        let features = MessageFeatures(ctx, catalog: catalog)
        let lang = language ?? (features.englishVotes > features.spanishVotes ? .en : .es)
        let other: Language = lang == .es ? .en : .es
        let n = catalog.intentNames.count
        var scores = IntentScorer.score(features, model: catalog.model(lang).model, intents: n)
        // The other language's phrasings count too (mixed messages), unless nothing in the message
        // belongs to it and this language is already sure.
        let otherVotes = lang == .es ? features.englishVotes : features.spanishVotes
        if otherVotes > 0 || (scores.max() ?? 0) < NLUParser.fallbackFloor + 2 {
            let theirs = IntentScorer.score(features, model: catalog.model(other).model, intents: n)
            for k in 0..<n { scores[k] = max(scores[k], 0.85 * theirs[k]) }
        }
        scores[catalog.fallbackIndex] += NLUParser.fallbackFloor
        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] > scores[$1] }
        return (scores, ranked, ranked.first ?? catalog.fallbackIndex, lang)
    }

    /// Resolves dates by the intent's direction, turns a past date into an age for overdue
    /// listings, and finds the draft under review for a tone check.
    private func finish(_ ctx: ExtractionContext, intent: String, today: CalendarDay) -> [Entity] {
        var entities = ctx.entities
        let direction: DateSpec.Direction = {
            if NLUParser.pastIntents.contains(intent) { return .past }
            if NLUParser.futureIntents.contains(intent) { return .future }
            var past = 0, future = 0
            for i in ctx.tokens.indices {
                if ctx.lexicon.pastMarkers.match(ctx.tokens, at: i) != nil { past += 1 }
                if ctx.lexicon.futureMarkers.match(ctx.tokens, at: i) != nil { future += 1 }
            }
            return past > future ? .past : .future
        }()
        for k in entities.indices where entities[k].kind == .date {
            guard let spec = entities[k].dateSpec else { continue }
            if case .fixed = spec { continue }
            if let d = spec.resolve(today: today, direction) {
                entities[k].day = d
                entities[k].value = d.isoString
            }
        }
        if intent == "list_overdue", !entities.contains(where: { $0.kind == .days }),
           let k = entities.firstIndex(where: { $0.kind == .date && ($0.day.map { $0 < today } ?? false) }) {
            let days = entities[k].day!.days(until: today)
            entities[k].kind = .days
            entities[k].number = days
            entities[k].value = String(days)
            entities[k].day = nil
        }
        if intent == "check_tone", !entities.contains(where: { $0.kind == .quote }),
           let (s, e) = QuoteScanner.afterIntroduction(ctx.text) {
            var q = Entity(kind: .quote, text: ctx.text.text(s, e), start: s, end: e)
            q.value = q.text
            entities.append(q)
        }
        return entities.sorted { $0.start != $1.start ? $0.start < $1.start : $0.kind.rawValue < $1.kind.rawValue }
    }
}
