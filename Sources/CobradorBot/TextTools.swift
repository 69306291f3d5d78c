import Foundation

/// Small text helpers the bot needs for context words; real understanding lives in CobradorNLU.
enum TextTools {
    /// Lower-cased words without accents or punctuation.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        let w = Set(words(text))
        return needles.contains { w.contains($0) }
    }
}
