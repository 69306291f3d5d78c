/// Scores every intent of one language for a message: the best matching pattern, the keyword
/// weights, the similarity to the nearest example (cosine over IDF-weighted stems), and the
/// bonuses or penalties for the entities present (a money amount says payment, no client says
/// "who owes" rather than "client status").
struct IntentScorer {
    static let exampleWeight = 4.0

    static func score(_ f: MessageFeatures, model: LanguageModel, intents: Int) -> [Double] {
        // One buffer for the five per-intent tallies (a parse scores twice; each array is a malloc).
        var tally = [Double](repeating: 0, count: intents * 5)
        let (patternBest, patternSum, keyword, penalty, nearest) = (0, intents, 2 * intents, 3 * intents, 4 * intents)
        var seen: [Int32] = []
        var candidates: [Int32] = []
        seen.reserveCapacity(32)
        candidates.reserveCapacity(64)
        let termCount = model.keywordTable.count
        let (keywords, patterns, examples) = (model.keywordTable, model.patternTable, model.exampleTable)
        // A word counts once per intent even when several keywords cover it ("recordatorio" and "recorda*").
        var best: [(intent: Int, weight: Double)] = []
        for p in 0..<f.positions.count {
            best.removeAll(keepingCapacity: true)
            for t in f.positions.terms(at: p) where Int(t) < termCount && !seen.contains(t) {
                seen.append(t)
                for r in keywords.range(Int(t)) {
                    let e = keywords.elements[r]
                    if let k = best.firstIndex(where: { $0.intent == e.intent }) {
                        if abs(e.weight) > abs(best[k].weight) { best[k].weight = e.weight }
                    } else {
                        best.append((e.intent, e.weight))
                    }
                }
                candidates.append(contentsOf: patterns.elements[patterns.range(Int(t))])
            }
            for (intent, w) in best { tally[keyword + intent] += w }
        }
        candidates.sort()
        var present = TermSet(termCount: termCount)
        for t in f.positions.terms { present.insert(t) }
        f.positions.withView { view in
            let program = model.program
            var previous: Int32 = -1
            for p in candidates where p != previous {
                previous = p
                guard program.matches(Int(p), view, present: present) else { continue }
                let pattern = program.headers[Int(p)]
                let intent = Int(pattern.intent)
                if pattern.weight < 0 {
                    // Negative patterns veto rather than compete: "no me ha pagado" is not a payment.
                    tally[penalty + intent] += pattern.weight
                } else {
                    tally[patternBest + intent] = max(tally[patternBest + intent], pattern.weight)
                    tally[patternSum + intent] += pattern.weight
                }
            }
        }
        // Nearest example per intent (cosine over IDF-weighted stems).
        var dots = [Double](repeating: 0, count: model.exampleIntent.count)
        var touched: [Int32] = []
        touched.reserveCapacity(64)
        var qnorm = 0.0
        for t in f.stems {
            let known = Int(t) < termCount ? model.idfTable[Int(t)] : -1
            let w = known >= 0 ? known : model.unknownIDF
            qnorm += w * w
            if known >= 0 {
                for r in examples.range(Int(t)) {
                    let e = examples.elements[r]
                    if dots[e.example] == 0 { touched.append(Int32(e.example)) }
                    dots[e.example] += w * e.weight
                }
            }
        }
        qnorm += Double(f.unknownWords) * model.unknownIDF * model.unknownIDF
        qnorm = qnorm.squareRoot()
        if qnorm > 0 {
            for e in touched where dots[Int(e)] > 0 {
                let k = Int(e)
                let c = dots[k] / (qnorm * model.exampleNorm[k])
                let intent = model.exampleIntent[k]
                if c > tally[nearest + intent] { tally[nearest + intent] = c }
            }
        }
        var out = [Double](repeating: 0, count: intents)
        for k in 0..<intents {
            let best = tally[patternBest + k]
            let near = tally[nearest + k]
            var s = best + 0.3 * (tally[patternSum + k] - best) + tally[keyword + k] + exampleWeight * near * near * 1.5
            if s > 0 {
                s += tally[penalty + k]
                for rule in model.slotRules[k] where (f.slotMask & rule.kind != 0) == rule.present {
                    s += rule.weight
                }
            }
            out[k] = s
        }
        return out
    }
}
