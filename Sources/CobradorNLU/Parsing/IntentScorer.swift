/// Scores every intent of one language for a message: the best matching pattern, the keyword
/// weights, the similarity to the nearest example (cosine over IDF-weighted stems), and the
/// bonuses or penalties for the entities present (a money amount says payment, no client says
/// "who owes" rather than "client status").
struct IntentScorer {
    static let exampleWeight = 4.0

    static func score(_ f: MessageFeatures, model: LanguageModel, intents: Int) -> [Double] {
        var patternBest = [Double](repeating: 0, count: intents)
        var patternSum = [Double](repeating: 0, count: intents)
        var keyword = [Double](repeating: 0, count: intents)
        var seen: Set<Int32> = []
        var candidates: Set<Int32> = []
        for pos in f.positions {
            for t in pos where seen.insert(t).inserted {
                if let list = model.keywords[t] {
                    for (intent, w) in list { keyword[intent] += w }
                }
                if let ps = model.patternIndex[t] { candidates.formUnion(ps) }
            }
        }
        for p in candidates {
            let pattern = model.patterns[Int(p)]
            if pattern.matches(f.positions) {
                patternBest[pattern.intent] = max(patternBest[pattern.intent], pattern.weight)
                patternSum[pattern.intent] += pattern.weight
            }
        }
        // Nearest example per intent.
        var dots = [Double](repeating: 0, count: model.exampleIntent.count)
        var qnorm = 0.0
        for t in f.stems {
            let w = model.idf[t] ?? model.unknownIDF
            qnorm += w * w
            if let list = model.exampleIndex[t] {
                for (ex, ew) in list { dots[Int(ex)] += w * ew }
            }
        }
        qnorm += Double(f.unknownWords) * model.unknownIDF * model.unknownIDF
        qnorm = qnorm.squareRoot()
        var nearest = [Double](repeating: 0, count: intents)
        if qnorm > 0 {
            for (k, d) in dots.enumerated() where d > 0 {
                let c = d / (qnorm * model.exampleNorm[k])
                nearest[model.exampleIntent[k]] = max(nearest[model.exampleIntent[k]], c)
            }
        }
        var out = [Double](repeating: 0, count: intents)
        for k in 0..<intents {
            var s = patternBest[k] + 0.3 * (patternSum[k] - patternBest[k]) + keyword[k] + exampleWeight * nearest[k] * nearest[k] * 1.5
            if s > 0 {
                for (slot, w) in model.slotWeights[k] {
                    if slot.hasPrefix("no_") {
                        if !f.slots.contains(String(slot.dropFirst(3))) { s += w }
                    } else if f.slots.contains(slot) {
                        s += w
                    }
                }
            }
            out[k] = s
        }
        return out
    }
}
