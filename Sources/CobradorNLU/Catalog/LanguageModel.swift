/// The compiled intent knowledge of one language: keyword weights, patterns indexed by the
/// word they start with, and example sentences as TF-IDF vectors in an inverted index.
struct LanguageModel: Sendable {
    var keywords: [Int32: [(intent: Int, weight: Double)]] = [:]
    /// The patterns as compiled, until `freeze` turns them into `program`.
    var patterns: [IntentPattern] = []
    var program = PatternProgram()
    /// Anchor term → patterns that can start with it.
    var patternIndex: [Int32: [Int32]] = [:]
    var exampleIntent: [Int] = []
    var exampleNorm: [Double] = []
    /// Stem term → (example, term weight in that example).
    var exampleIndex: [Int32: [(example: Int32, weight: Double)]] = [:]
    var idf: [Int32: Double] = [:]
    var unknownIDF: Double = 1
    /// Per intent: slot name (or "no_" + slot) → score adjustment.
    var slotWeights: [[String: Double]] = []

    // The same tables as arrays indexed by term, for the hot path (filled by `freeze`).
    var keywordTable = TermRows<KeywordWeight>()
    var patternTable = TermRows<Int32>()
    var exampleTable = TermRows<ExampleWeight>()
    /// Negative for terms no example uses.
    var idfTable: [Double] = []
    /// Per intent, slot adjustments as (entity kind, wanted present, weight).
    var slotRules: [[(kind: UInt32, present: Bool, weight: Double)]] = []

    mutating func freeze(termCount: Int) {
        var keywordLists = [[KeywordWeight]](repeating: [], count: termCount)
        for (t, list) in keywords { keywordLists[Int(t)] = list.map { KeywordWeight(intent: $0.intent, weight: $0.weight) } }
        keywordTable = TermRows(keywordLists)
        var patternLists = [[Int32]](repeating: [], count: termCount)
        for (t, list) in patternIndex { patternLists[Int(t)] = list }
        patternTable = TermRows(patternLists)
        var exampleLists = [[ExampleWeight]](repeating: [], count: termCount)
        for (t, list) in exampleIndex { exampleLists[Int(t)] = list.map { ExampleWeight(example: Int($0.example), weight: $0.weight) } }
        exampleTable = TermRows(exampleLists)
        idfTable = Array(repeating: -1, count: termCount)
        for (t, w) in idf { idfTable[Int(t)] = w }
        slotRules = slotWeights.map { rules in
            rules.sorted { $0.key < $1.key }.map { slot, w in
                slot.hasPrefix("no_") ? (Entity.bit(String(slot.dropFirst(3))), false, w) : (Entity.bit(slot), true, w)
            }
        }
        program = PatternProgram(patterns)
        patterns = []
        keywords = [:]
        patternIndex = [:]
        exampleIndex = [:]
        idf = [:]
        slotWeights = []
    }
}

/// A keyword's weight for one intent. Both fields are 8 bytes wide, so the snapshot's copy of the
/// rows has no padding and the same catalog still gives the same bytes.
struct KeywordWeight: Sendable {
    var intent: Int
    var weight: Double
}

/// A stem's weight in one example sentence (same layout reason as `KeywordWeight`).
struct ExampleWeight: Sendable {
    var example: Int
    var weight: Double
}
