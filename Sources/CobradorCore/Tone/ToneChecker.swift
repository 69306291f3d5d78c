import Foundation

/// Reviews a draft written by the user (Spanish or English) and flags what would burn the relationship.
///
/// Word lists come from a `ToneLexicon`; capitals and exclamation runs are found by shape. The check is
/// deliberately about wording only: stating calmly that the matter will go to a lawyer is not a threat.
public struct ToneChecker: Sendable {
    public var lexicon: ToneLexicon

    public init(lexicon: ToneLexicon = .builtIn) { self.lexicon = lexicon }

    /// `names` are client or company names in the draft, so "ACME" in capitals is not shouting.
    public func review(_ draft: String, names: [String] = []) -> ToneReview {
        let text = ToneText(draft)
        var issues: [ToneIssue] = []

        let courtesy = lexicon.courtesyMarkers.map(ToneText.words)
        let courteousSentences = Set(courtesy.flatMap(text.find).map { text.sentence(containing: $0.lowerBound) })

        for kind in ToneIssue.Kind.allCases {
            var ranges: [Range<Int>] = []
            for phrase in lexicon.phrases[kind] ?? [] { ranges += text.find(ToneText.words(phrase)) }
            if kind == .blame || kind == .badFaith {
                let negations = Set(lexicon.negations.flatMap(ToneText.words))
                ranges.removeAll { text.isNegated($0, by: negations) }
            }
            if kind == .bluntImperative {
                ranges.removeAll { courteousSentences.contains(text.sentence(containing: $0.lowerBound)) }
            }
            if kind == .sarcasm { ranges += symbols(in: draft) + scareQuotes(in: text) }
            if kind == .shouting { ranges += capitals(in: text, names: names) + exclamations(in: text) }
            for range in Self.outermost(ranges) {
                issues.append(
                    ToneIssue(
                        kind: kind, excerpt: text.excerpt(range),
                        sentence: text.sentenceText(containing: range.lowerBound), offset: range.lowerBound))
            }
        }
        issues.sort { ($0.offset, $0.kind.rawValue) < ($1.offset, $1.kind.rawValue) }
        return ToneReview(text: draft, issues: issues)
    }

    /// Runs of two or more words in capitals, or one of three letters or more, that are not acronyms.
    private func capitals(in text: ToneText, names: [String]) -> [Range<Int>] {
        let allowed = Set(lexicon.acronyms.flatMap(ToneText.words)).union(names.flatMap(ToneText.words))
        var out: [Range<Int>] = []
        var run: [ToneText.Token] = []
        func flush() {
            defer { run = [] }
            guard let first = run.first, let last = run.last else { return }
            let letters = run.reduce(0) { $0 + $1.folded.count }
            if run.count >= 2 || letters >= 3 { out.append(first.start..<last.end) }
        }
        for token in text.tokens {
            let original = text.excerpt(token.start..<token.end)
            let letters = original.filter(\.isLetter)
            // Codes such as INV-5521 or F-2026-088 are written in capitals on purpose.
            let shouting =
                letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                && !text.chunk(around: token).contains(where: \.isNumber) && !allowed.contains(token.folded)
            if shouting {
                // Two shouted words separated by an acronym or punctuation still read as one shout.
                if let last = run.last, !text.excerpt(last.end..<token.start).allSatisfy({ $0 == " " }) { flush() }
                run.append(token)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// "!!", "¡¡", "?!", "???" and longer.
    private func exclamations(in text: ToneText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        let marks: Set<Character> = ["!", "¡", "?", "¿"]
        while i < text.characters.count {
            guard marks.contains(text.characters[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < text.characters.count, marks.contains(text.characters[j]) { j += 1 }
            let run = text.characters[i..<j]
            if run.count >= 2 { out.append(i..<j) }
            i = j
        }
        return out
    }

    /// A single word in double quotes or guillemets: your "payment", su «transferencia».
    private func scareQuotes(in text: ToneText) -> [Range<Int>] {
        let opening: [Character: Character] = ["\"": "\"", "“": "”", "«": "»"]
        var out: [Range<Int>] = []
        let chars = text.characters
        var i = 0
        while i < chars.count {
            if let close = opening[chars[i]] {
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                if j < chars.count, chars[j] == close, j > i + 1 {
                    out.append(i..<(j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }

    private func symbols(in draft: String) -> [Range<Int>] {
        let chars = Array(draft)
        var out: [Range<Int>] = []
        for symbol in lexicon.sarcasmSymbols {
            let s = Array(symbol)
            guard !s.isEmpty, chars.count >= s.count else { continue }
            for i in 0...(chars.count - s.count) where Array(chars[i..<(i + s.count)]) == s {
                out.append(i..<(i + s.count))
            }
        }
        return out
    }

    /// Drops matches inside a longer match of the same kind ("inaceptable" inside "esto es inaceptable").
    static func outermost(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = Set(ranges).sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        var out: [Range<Int>] = []
        for r in sorted {
            if let last = out.last, last.overlaps(r) {
                if r.upperBound > last.upperBound { out[out.count - 1] = last.lowerBound..<r.upperBound }
            } else {
                out.append(r)
            }
        }
        return out
    }
}
