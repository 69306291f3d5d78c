import CobradorCore

/// Decides the intent of a message from its clauses: greetings, thanks and fillers around the
/// request do not count; each remaining clause is scored on its own (with the whole message's
/// entities) and the request clause can win over the story told around it; quoted text counts as
/// evidence only when the user's own words leave the request open ("Fwd: «…» apúntalo").
struct IntentDecision {
    let catalog: IntentCatalog

    /// How much a clause told as a statement counts when no clause asks for anything ("Te cuento: llamé…").
    static let statementWeight = 0.85
    /// … and when another clause is the request ("globex is well overdue, what do I do now?").
    static let backgroundWeight = 0.65
    /// How much the whole message counts when some clause is the request.
    static let wholeWithRequestWeight = 0.8
    /// How much quoted text counts, as evidence of what happened.
    static let evidenceWeight = 0.8
    /// The user's own words settle the intent when they score at least this.
    static let ownWordsSettle = 5.0
    /// Added to check_tone when the user asks for a review of a draft of theirs.
    static let reviewBonus = 4.0

    /// Clauses that do not carry a request when another clause does: greetings, thanks, a lone "ok".
    static let socialIntents: Set<String> = ["greet", "thanks", "confirm", "deny"]
    /// How much a reported contact counts once what the client said in it is clear.
    static let reportWeight = 0.8
    /// What a reported contact can turn out to be about.
    static let contactContents: Set<String> = ["promise_to_pay", "pause_followup", "record_payment"]
    static let answerIntents: Set<String> = ["greet", "thanks", "confirm", "deny", "undo", "help", "fallback"]

    struct Ranking {
        var scores: [Double]
        var ranked: [Int]
        var top: Int
        var language: Language
        /// Character span of the words that decided.
        var span: (start: Int, end: Int)

        /// Removes an intent that may not stand (a tone check without a draft); the next one takes its place.
        mutating func drop(_ intent: Int) {
            ranked.removeAll { $0 == intent }
            scores[intent] = 0
            top = ranked.first ?? top
        }
    }

    /// What to read of a message: a token range, what to skip in it, and the context it keeps.
    struct Reading {
        var tokens: Range<Int>
        var skipping: [Range<Int>] = []
        var question: Bool
        var slotMask: UInt32
        var trailing: String?
    }

    func rank(_ ctx: ExtractionContext, clauses: [Clause], language: Language?, reviewing: Bool = false) -> Ranking {
        let n = catalog.intentNames.count
        let quoted = clauses.filter { $0.role == .quoted }.map(\.tokens)
        var own = clauses.filter { $0.role == .own }
        let all = 0..<ctx.tokens.count
        let wholeReading = Reading(
            tokens: all, skipping: quoted, question: ctx.text.hasQuestionMark,
            slotMask: MessageFeatures.slots(ctx, skipping: quoted))
        let words = WordTerms(ctx, vocabulary: catalog.vocabulary)
        let probe = features(ctx, words, wholeReading, .es)
        let lang = language ?? (probe.englishVotes > probe.spanishVotes ? .en : .es)
        // Only the synonyms differ between the two readings: when no word starts one, the probe serves both.
        let sameReading = !hasSynonyms(ctx, wholeReading.tokens)
        var scores = score(
            ctx, words, wholeReading, lang, first: lang != .en || sameReading ? probe : nil,
            other: lang == .en || sameReading ? probe : nil)
        var span = own.isEmpty ? (0, ctx.text.count) : (own[0].start, own[own.count - 1].end)
        var decidedBy = [Int](repeating: -1, count: n)
        if own.count >= 2 {
            let clientBit = Entity.bit("client")
            var clauseScores: [[Double]] = []
            var social: [Bool] = []
            var substantive = false
            for c in own {
                // "¿qué onda con Hooli? ¿cuánto me deben?": the client named in another clause is this one's too.
                let hasClient = ctx.entities.contains {
                    ($0.kind == .client || $0.kind == .unknownClient) && $0.start >= c.start && $0.end <= c.end
                }
                let reading = Reading(
                    tokens: c.tokens, skipping: quoted, question: c.isQuestion, slotMask: wholeReading.slotMask,
                    trailing: !hasClient && wholeReading.slotMask & clientBit != 0 ? "{client}" : nil)
                let f = features(ctx, words, reading, lang)
                let s = score(ctx, words, reading, lang, first: f)
                clauseScores.append(s)
                let best = s.indices.max { s[$0] < s[$1] } ?? catalog.fallbackIndex
                let name = catalog.intentNames[best]
                let isSocial = f.wordCount == 0 || (s[best] > 0 && IntentDecision.socialIntents.contains(name))
                social.append(isSocial)
                if !isSocial && best != catalog.fallbackIndex && s[best] > NLUParser.fallbackFloor { substantive = true }
            }
            // Greetings, thanks and a lone "ok" around a request: score the message without them.
            if substantive, social.contains(true) {
                var reading = wholeReading
                reading.skipping = quoted + own.indices.filter { social[$0] }.map { own[$0].tokens }
                reading.slotMask = MessageFeatures.slots(ctx, skipping: reading.skipping)
                scores = score(ctx, words, reading, lang)
                let kept = own.indices.filter { !social[$0] }
                span = (own[kept.first!].start, own[kept.last!].end)
                clauseScores = kept.map { clauseScores[$0] }
                own = kept.map { own[$0] }
            }
            if own.count >= 2 {
                let anyRequest = own.contains { $0.isRequest }
                if anyRequest {
                    for k in 0..<n { scores[k] *= IntentDecision.wholeWithRequestWeight }
                }
                for (c, s) in zip(own.indices, clauseScores) {
                    let weight = own[c].isRequest ? 1.0 : anyRequest ? IntentDecision.backgroundWeight : IntentDecision.statementWeight
                    for k in 0..<n where weight * s[k] > scores[k] {
                        scores[k] = weight * s[k]
                        decidedBy[k] = c
                    }
                }
            }
        }
        // What a client wrote tells what happened when the user's own words do not say, and what a
        // reported contact was about ("llamé y me dijeron: «pagamos el viernes»" is a promise).
        let ownTop = scores.indices.max { scores[$0] < scores[$1] } ?? catalog.fallbackIndex
        let reportsContact = catalog.intentNames[ownTop] == "log_contact"
        if !quoted.isEmpty, !reviewing, reportsContact || scores[ownTop] < IntentDecision.ownWordsSettle {
            let slots = MessageFeatures.slots(ctx, skipping: [])
            for range in quoted {
                let s = score(ctx, words, Reading(tokens: range, question: false, slotMask: slots), lang)
                for k in 0..<n where !IntentDecision.answerIntents.contains(catalog.intentNames[k]) {
                    let content = reportsContact && IntentDecision.contactContents.contains(catalog.intentNames[k])
                    if content, s[k] >= IntentDecision.ownWordsSettle {
                        // The report is the vehicle; what the client said is the news.
                        scores[ownTop] = min(scores[ownTop], IntentDecision.reportWeight * scores[ownTop])
                        scores[k] = max(scores[k], s[k])
                    } else {
                        scores[k] = max(scores[k], IntentDecision.evidenceWeight * s[k])
                    }
                }
            }
        }
        if reviewing, let k = catalog.intentIndex["check_tone"] { scores[k] += IntentDecision.reviewBonus }
        scores[catalog.fallbackIndex] += NLUParser.fallbackFloor
        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted { scores[$0] > scores[$1] }
        let top = ranked.first ?? catalog.fallbackIndex
        if top < decidedBy.count, decidedBy[top] >= 0 {
            span = (own[decidedBy[top]].start, own[decidedBy[top]].end)
        }
        return Ranking(scores: scores, ranked: ranked, top: top, language: lang, span: span)
    }

    func features(_ ctx: ExtractionContext, _ words: WordTerms, _ r: Reading, _ lang: Language) -> MessageFeatures {
        MessageFeatures(
            ctx, catalog: catalog, words: words, tokens: r.tokens, skipping: r.skipping, question: r.question, slotMask: r.slotMask,
            trailing: r.trailing, language: lang)
    }

    /// True when a word in `range` starts a synonym of either language.
    func hasSynonyms(_ ctx: ExtractionContext, _ range: Range<Int>) -> Bool {
        let bits = ctx.lexicon.spanishSynonyms.bit | ctx.lexicon.englishSynonyms.bit
        return range.contains { ctx.tokens[$0].lexMask & bits != 0 }
    }

    /// Scores in `lang`; the other language's phrasings count too (mixed messages), read through that
    /// language's own synonyms, unless nothing in the message belongs to it and this language is already sure.
    /// `first` and `other` are readings already made for this language and the other one.
    func score(
        _ ctx: ExtractionContext, _ words: WordTerms, _ r: Reading, _ lang: Language, first: MessageFeatures? = nil,
        other otherReading: MessageFeatures? = nil
    ) -> [Double] {
        let n = catalog.intentNames.count
        let same = otherReading == nil && !hasSynonyms(ctx, r.tokens)
        let mine = first ?? features(ctx, words, r, lang)
        var scores = IntentScorer.score(mine, model: catalog.model(lang).model, intents: n)
        let otherVotes = lang == .en ? mine.spanishVotes : mine.englishVotes
        if otherVotes > 0 || (scores.max() ?? 0) < NLUParser.fallbackFloor + 2 {
            let other: Language = lang == .en ? .es : .en
            let theirFeatures = otherReading ?? (same ? mine : features(ctx, words, r, other))
            let theirs = IntentScorer.score(theirFeatures, model: catalog.model(other).model, intents: n)
            for k in 0..<n { scores[k] = max(scores[k], 0.85 * theirs[k]) }
        }
        return scores
    }
}
