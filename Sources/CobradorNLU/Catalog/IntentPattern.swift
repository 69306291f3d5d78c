import CobradorCore
import Foundation

/// A compiled token pattern such as `(quien|quienes) * debe*` or `^ recorda* [a] {client}`.
/// The catalog keeps patterns compiled into a `PatternProgram`, which does the matching: patterns are
/// short and gaps skip at most `maxGap` positions.
struct IntentPattern: Sendable {
    enum Element: Sendable {
        /// Alternatives, each a sequence of terms ("didn't" is two words: "didn", "t").
        case choice([[Int32]], optional: Bool)
        case gap
        case start
        case end
    }

    static let maxGap = 4

    var elements: [Element]
    var weight: Double
    var intent: Int
    /// Terms that can begin a match; used to pick candidate patterns from an index.
    var anchors: [Int32]
    var anchoredAtStart: Bool

    /// Parses the pattern syntax; words are folded like message text and interned.
    static func compile(
        _ text: String, weight: Double, intent: Int, mask: UInt8,
        vocabulary: inout Vocabulary
    ) -> Result<IntentPattern, PatternError> {
        var elements: [Element] = []
        var i = text.startIndex
        func atoms(_ raw: Substring) -> [[Int32]]? {
            var out: [[Int32]] = []
            for alt in raw.split(separator: "|") {
                let a = alt.trimmingBlanks()
                if a.hasPrefix("{") && a.hasSuffix("}") {
                    out.append([vocabulary.intern(a.lowercased())])
                } else if a == "?" {
                    out.append([vocabulary.intern("?")])
                } else {
                    let prefix = a.hasSuffix("*")
                    let words = TextFolding.normalize(prefix ? String(a.dropLast()) : a).split(separator: " ").map(String.init)
                    guard !words.isEmpty else { return nil }
                    var seq: [Int32] = []
                    for (k, w) in words.enumerated() {
                        seq.append(vocabulary.intern(prefix && k == words.count - 1 ? w + "*" : w, mask: mask))
                    }
                    out.append(seq)
                }
            }
            return out.isEmpty ? nil : out
        }
        while i < text.endIndex {
            let c = text[i]
            if c == " " {
                i = text.index(after: i)
                continue
            }
            if c == "*" {
                elements.append(.gap)
                i = text.index(after: i)
                continue
            }
            if c == "^" {
                elements.append(.start)
                i = text.index(after: i)
                continue
            }
            if c == "$" {
                elements.append(.end)
                i = text.index(after: i)
                continue
            }
            if c == "(" || c == "[" {
                let close: Character = c == "(" ? ")" : "]"
                guard let j = text[i...].firstIndex(of: close) else { return .failure(.unbalanced(String(c))) }
                let inner = text[text.index(after: i)..<j]
                guard let a = atoms(inner) else { return .failure(.badWord(String(inner))) }
                elements.append(.choice(a, optional: c == "["))
                i = text.index(after: j)
                continue
            }
            var j = i
            while j < text.endIndex, text[j] != " " { j = text.index(after: j) }
            let word = text[i..<j]
            guard let a = atoms(word) else { return .failure(.badWord(String(word))) }
            elements.append(.choice(a, optional: false))
            i = j
        }
        var anchors: [Int32] = []
        for e in elements {
            if case .choice(let a, let optional) = e {
                anchors.append(contentsOf: a.compactMap(\.first))
                if !optional { break }
            }
        }
        guard !anchors.isEmpty else { return .failure(.empty) }
        let anchored: Bool = { if case .start = elements.first { return true } else { return false } }()
        return .success(
            IntentPattern(
                elements: elements, weight: weight, intent: intent, anchors: anchors,
                anchoredAtStart: anchored))
    }

    enum PatternError: Error, CustomStringConvertible {
        case unbalanced(String)
        case badWord(String)
        case empty
        var description: String {
            switch self {
            case .unbalanced(let s): return "unbalanced '\(s)'"
            case .badWord(let w): return "cannot use '\(w)' as a pattern word"
            case .empty: return "a pattern needs at least one word"
            }
        }
    }
}
