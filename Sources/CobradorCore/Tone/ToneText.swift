import Foundation

/// A draft folded for matching (lower case, no accents, no apostrophes) while remembering where each
/// word came from, so that an excerpt can be quoted exactly as the user wrote it.
struct ToneText: Sendable {
    struct Token: Sendable {
        var folded: String
        /// Character offsets in the original, end exclusive.
        var start: Int
        var end: Int
    }

    let characters: [Character]
    let tokens: [Token]
    /// Sentence boundaries as character ranges of the original.
    let sentences: [Range<Int>]

    init(_ text: String) {
        characters = Array(text)
        var tokens: [Token] = []
        var current = ""
        var start = 0
        for (i, c) in characters.enumerated() {
            if c == "'" || c == "’" || c == "‘" {
                continue  // "it's" and "its" match alike
            }
            let folded = ToneText.fold(c)
            if folded.allSatisfy({ $0.isLetter || $0.isNumber }) && !folded.isEmpty {
                if current.isEmpty { start = i }
                current += folded
            } else if !current.isEmpty {
                tokens.append(Token(folded: current, start: start, end: i))
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(Token(folded: current, start: start, end: characters.count)) }
        self.tokens = tokens

        var sentences: [Range<Int>] = []
        var from = 0
        for (i, c) in characters.enumerated() where ".!?\n".contains(c) {
            if i + 1 > from { sentences.append(from..<(i + 1)) }
            from = i + 1
        }
        if from < characters.count { sentences.append(from..<characters.count) }
        self.sentences = sentences
    }

    static func fold(_ c: Character) -> String {
        String(c).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// A phrase folded and split the same way as a draft; a trailing `*` on a word matches any ending.
    static func words(_ phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { raw -> [String] in
            let wildcard = raw.hasSuffix("*")
            let folded = ToneText(String(raw.dropLast(wildcard ? 1 : 0))).tokens.map(\.folded)
            guard wildcard, let last = folded.last else { return folded }
            return folded.dropLast() + [last + "*"]
        }
    }

    /// Whether one of the two words before the range negates it ("no es culpa suya", "not your fault").
    func isNegated(_ range: Range<Int>, by negations: Set<String>) -> Bool {
        guard let i = tokens.firstIndex(where: { $0.start == range.lowerBound }) else { return false }
        return tokens[max(0, i - 2)..<i].contains { negations.contains($0.folded) }
    }

    /// The whitespace-delimited chunk a token belongs to ("INV-5521" for "INV").
    func chunk(around token: Token) -> String {
        var a = token.start
        var b = token.end
        while a > 0, !characters[a - 1].isWhitespace { a -= 1 }
        while b < characters.count, !characters[b].isWhitespace { b += 1 }
        return excerpt(a..<b)
    }

    func excerpt(_ range: Range<Int>) -> String { String(characters[range]) }

    func sentence(containing offset: Int) -> Range<Int> {
        sentences.first { $0.contains(offset) } ?? 0..<characters.count
    }

    func sentenceText(containing offset: Int) -> String {
        excerpt(sentence(containing: offset)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Every place the phrase occurs on word boundaries, as character ranges.
    func find(_ words: [String]) -> [Range<Int>] {
        guard !words.isEmpty, tokens.count >= words.count else { return [] }
        var out: [Range<Int>] = []
        for i in 0...(tokens.count - words.count) {
            var ok = true
            for (j, w) in words.enumerated() {
                let t = tokens[i + j].folded
                if w.hasSuffix("*") ? !t.hasPrefix(w.dropLast()) : t != w {
                    ok = false
                    break
                }
            }
            if ok { out.append(tokens[i].start..<tokens[i + words.count - 1].end) }
        }
        return out
    }
}
