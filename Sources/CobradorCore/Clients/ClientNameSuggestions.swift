import Foundation

/// The known client names closest to a name that is not in the book ("Globx" → "Globex Corporation"), so
/// that a reply can offer them instead of guessing. Compares case- and accent-folded words: the typed name
/// against the whole client name and against its first words, whichever is closer.
public enum ClientNameSuggestions {
    /// At most `limit` names, closest first; only those within a third of the typed name's length.
    public static func closest(to typed: String, among names: [String], limit: Int = 2) -> [String] {
        let query = fold(typed)
        guard !query.isEmpty else { return [] }
        let allowed = max(1, query.count / 3)
        let scored = names.compactMap { name -> (name: String, distance: Int)? in
            let distance =
                candidates(of: name, words: query.split(separator: " ").count)
                .map { editDistance(query, $0) }.min() ?? Int.max
            return distance <= allowed ? (name, distance) : nil
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
    }

    /// The whole name and its first `words` words ("Globex" is close to "Globex Corporation").
    static func candidates(of name: String, words: Int) -> [[Character]] {
        let folded = fold(name)
        let parts = folded.split(separator: " ")
        var out = [folded]
        if parts.count > words { out.append(Array(parts.prefix(words).joined(separator: " "))) }
        return out
    }

    static func fold(_ text: String) -> [Character] {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = plain.split { !$0.isLetter && !$0.isNumber }
        return Array(words.joined(separator: " "))
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
