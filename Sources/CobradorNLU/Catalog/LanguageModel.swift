/// The compiled intent knowledge of one language: keyword weights, patterns indexed by the
/// word they start with, and example sentences as TF-IDF vectors in an inverted index.
struct LanguageModel: Sendable {
    var keywords: [Int32: [(intent: Int, weight: Double)]] = [:]
    var patterns: [IntentPattern] = []
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
}
