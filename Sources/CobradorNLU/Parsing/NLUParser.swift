import CobradorCore
import Foundation

/// Reads one message: finds the entities, cuts the message into clauses, detects the language,
/// scores the intents and resolves what depends on the intent (which way "el viernes" points).
/// Deterministic, no I/O.
public struct NLUParser: Sendable {
    public let catalog: IntentCatalog
    public let clients: ClientGazetteer
    let invoices: InvoiceDirectory
    /// The currencies of a client's invoices, asked only when a message says "$" or "pesos" and names the client.
    let clientCurrencies: (@Sendable (Int64) -> [Currency])?

    /// Score a message must beat for any intent to be preferred over `fallback`.
    static let fallbackFloor = 2.4
    /// Softmax temperature turning scores into confidences.
    static let temperature = 1.1

    static let pastIntents: Set<String> = ["log_contact", "record_payment"]
    static let futureIntents: Set<String> = [
        "promise_to_pay", "add_invoice", "agenda", "draft_reminder", "next_step", "pause_followup",
        "forecast",
    ]

    public init(
        catalog: IntentCatalog, clients: ClientGazetteer, invoiceNumbers: [String: Int64] = [:],
        clientCurrencies: (@Sendable (Int64) -> [Currency])? = nil
    ) {
        self.catalog = catalog
        self.clients = clients
        self.invoices = InvoiceDirectory(invoiceNumbers)
        self.clientCurrencies = clientCurrencies
    }

    public func parse(_ text: String, today: CalendarDay, language: Language? = nil) -> ParseResult {
        var ctx = ExtractionContext(text: AnalyzedText(text), lexicon: catalog.lexicon, today: today)
        EntityPipeline.extract(&ctx, gazetteer: clients, invoices: invoices, isCommon: { catalog.isCommon($0) })
        SelfCorrection.apply(&ctx)
        let clauses = ClauseSplitter.split(ctx, quotes: ctx.quotes)
        var ranking = IntentDecision(catalog: catalog).rank(ctx, clauses: clauses, language: language)
        var draft: (start: Int, end: Int)?
        // A review needs both a request to review and the user's own draft: a colon, quotes or an angry
        // word alone never make a tone check.
        if let review = ToneReview.find(ctx, clauses: clauses) {
            var reviewed = ctx
            reviewed.quote(start: review.start, end: review.end)
            let alternative = IntentDecision(catalog: catalog).rank(
                reviewed, clauses: ClauseSplitter.split(reviewed, quotes: [review]),
                language: language, reviewing: true)
            if catalog.intentNames[alternative.top] == "check_tone" {
                ctx = reviewed
                ranking = alternative
                draft = review
            }
        }
        // A review needs the user's draft; only a bare request ("revisa el tono", "check my tone") may come
        // without one, and then the bot asks for the text.
        if draft == nil, catalog.intentNames[ranking.top] == "check_tone", !Self.isBareReviewRequest(ctx) {
            ranking.drop(ranking.top)
        }
        let (scores, ranked, top, lang) = (ranking.scores, ranking.ranked, ranking.top, ranking.language)
        let maxScore = scores[top]
        var z = 0.0
        for k in ranked { z += exp((scores[k] - maxScore) / NLUParser.temperature) }
        func conf(_ k: Int) -> Double { z > 0 ? exp((scores[k] - maxScore) / NLUParser.temperature) / z : 1 }
        let intent = catalog.intentNames[top]
        let alternatives = ranked.filter { $0 != top }.prefix(3).map { IntentAlternative(intent: catalog.intentNames[$0], confidence: conf($0)) }
            .filter { $0.confidence >= 0.005 }

        let entities = finish(ctx, intent: intent, language: lang, today: today, draft: draft)
        return ParseResult(
            text: text, language: lang, intent: intent, confidence: ranked.isEmpty ? 1 : conf(top),
            entities: entities, alternatives: Array(alternatives), wordCount: ctx.tokens.count,
            decidedBy: TextSpan(start: ranking.span.start, end: ranking.span.end))
    }

    /// A short message that only asks for a review: a review cue and at most a few other words.
    static func isBareReviewRequest(_ ctx: ExtractionContext) -> Bool {
        let lx = ctx.lexicon
        guard ctx.tokens.count <= 6 else { return false }
        return ctx.tokens.indices.contains { i in
            ctx.tokens[i].lexMask & lx.reviewCues.bit != 0 && lx.reviewCues.match(ctx.tokens, at: i) != nil
        }
    }
}
