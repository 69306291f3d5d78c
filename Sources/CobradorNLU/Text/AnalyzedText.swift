/// A message prepared for the scanners: one folded scalar and class per Character (so offsets
/// are Character offsets), the tokens, and which tokens an entity has already claimed.
///
/// Only the first `limit` Characters are analysed, which bounds the work for any input while
/// keeping every offset valid for the untouched original text.
struct AnalyzedText {
    static let limit = 2_000

    /// The message, and where each analysed Character starts in it (plus the end of the last one).
    private(set) var original: String = ""
    private var charStarts: [String.Index] = []
    var folded: [UInt32] = []
    var classes: [TextFolding.Class] = []
    var upper: [Bool] = []
    /// Characters that were a vowel with an acute accent ("pagó", "llamé"): the tense of a Spanish verb.
    var acute: [Bool] = []
    /// Character offsets of line breaks (folded to spaces, but they end a clause).
    var lineBreaks: [Int] = []
    var tokens: [Token] = []
    /// Token index → true once an entity owns it.
    var claimed: [Bool] = []
    var hasQuestionMark = false
    var hasSpanishMarks = false

    init(_ text: String, placeholders: Bool = false) {
        original = text
        let capacity = min(text.utf8.count, AnalyzedText.limit) + 1
        charStarts.reserveCapacity(capacity)
        folded.reserveCapacity(capacity)
        classes.reserveCapacity(capacity)
        upper.reserveCapacity(capacity)
        acute.reserveCapacity(capacity)
        // Stepping Character by Character runs the grapheme-breaking rules; most messages need not.
        let simple = AnalyzedText.oneScalarPerCharacter(text)
        let scalars = text.unicodeScalars
        var index = text.startIndex
        while index < text.endIndex, folded.count < AnalyzedText.limit {
            let scalar = scalars[index]
            let (f, cls) = TextFolding.fold(scalar)
            charStarts.append(index)
            index = simple ? scalars.index(after: index) : text.index(after: index)
            folded.append(f)
            classes.append(cls)
            upper.append(cls == .letter && TextFolding.isUpper(scalar))
            acute.append(AnalyzedText.isAcuteVowel(scalar.value))
            switch scalar.value {
            // A CR LF pair is one Character, seen here by its CR.
            case 0x0A, 0x0D: lineBreaks.append(folded.count - 1)
            case 0x3F: hasQuestionMark = true
            case 0xBF:
                hasQuestionMark = true
                hasSpanishMarks = true
            case 0xA1, 0xF1, 0xD1, 0xE1, 0xE9, 0xED, 0xF3, 0xFA: hasSpanishMarks = true
            default: break
            }
        }
        charStarts.append(index)
        tokenize(placeholders: placeholders)
        claimed = Array(repeating: false, count: tokens.count)
    }

    /// True when every Character of `text` is a single scalar: below U+0300 no scalar extends the one
    /// before it (combining marks, joiners and emoji modifiers all come later), save LF after CR.
    /// Past U+0300 only the punctuation and currency signs messages are full of are let through.
    static func oneScalarPerCharacter(_ text: String) -> Bool {
        var previousCR = false
        for s in text.unicodeScalars {
            let v = s.value
            if (v >= 0x300 && !isStandalonePunctuation(v)) || (previousCR && v == 0x0A) { return false }
            previousCR = v == 0x0D
        }
        return true
    }

    /// Dashes, quotation marks, the ellipsis and currency signs ("—", "“”", "…", "€"): none extends
    /// the Character before it or joins the one after (U+2028 and the invisible joiners stay out).
    static func isStandalonePunctuation(_ v: UInt32) -> Bool {
        (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || (0x20A0...0x20BF).contains(v)
    }

    /// á é í ó ú and their capitals.
    static func isAcuteVowel(_ v: UInt32) -> Bool {
        switch v {
        case 0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xC1, 0xC9, 0xCD, 0xD3, 0xDA: return true
        default: return false
        }
    }

    var count: Int { folded.count }

    /// The token's last letter carried an acute accent ("pagó", "enviaré").
    func endsAccented(_ t: Token) -> Bool { t.end > t.start && t.end <= acute.count && acute[t.end - 1] }

    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= count else { return "" }
        return String(original[charStarts[start]..<charStarts[end]])
    }

    func char(_ i: Int) -> UInt32 { i >= 0 && i < folded.count ? folded[i] : 0 }

    func isClass(_ i: Int, _ c: TextFolding.Class) -> Bool { i >= 0 && i < classes.count && classes[i] == c }

    /// Index of the token that starts at char offset `offset`, if any.
    func tokenIndex(startingAt offset: Int) -> Int? {
        var lo = 0
        var hi = tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start == offset { return mid }
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    /// Tokens whose characters overlap [start, end).
    func tokenRange(coveringChars start: Int, _ end: Int) -> Range<Int> {
        var first = tokens.count
        var last = -1
        for (i, t) in tokens.enumerated() where t.end > start && t.start < end {
            first = min(first, i)
            last = max(last, i)
        }
        return first <= last ? first..<(last + 1) : 0..<0
    }

    mutating func claim(_ range: Range<Int>) {
        for i in range where i < claimed.count { claimed[i] = true }
    }

    mutating func claim(chars start: Int, _ end: Int) {
        claim(tokenRange(coveringChars: start, end))
    }

    func isFree(_ range: Range<Int>) -> Bool {
        range.allSatisfy { $0 < claimed.count && !claimed[$0] }
    }

    /// Splits into runs of letters and runs of digits; merges dotted initials ("S.L." → "sl")
    /// so legal suffixes look the same however they are written. With `placeholders`, "{client}"
    /// becomes a single token "{client}" (used when compiling the catalog's examples).
    private mutating func tokenize(placeholders: Bool) {
        var i = 0
        let n = folded.count
        var previousEnd = -1
        while i < n {
            if placeholders, folded[i] == 0x7B, let close = (i + 1..<min(n, i + 24)).first(where: { folded[$0] == 0x7D }) {
                let name = String(String.UnicodeScalarView(folded[i...close].compactMap(Unicode.Scalar.init)))
                tokens.append(Token(start: i, end: close + 1, norm: name, isNumber: false, capitalized: false, glued: false))
                previousEnd = close + 1
                i = close + 1
                continue
            }
            // ":tada:", ":money_with_wings:": chat emoji codes are not words.
            if folded[i] == 0x3A, let close = AnalyzedText.emojiCodeEnd(folded, classes, from: i) {
                i = close + 1
                continue
            }
            let cls = classes[i]
            guard cls == .letter || cls == .digit else {
                i += 1
                continue
            }
            let start = i
            var view = String.UnicodeScalarView()
            var last: UInt32 = 0
            var run = 0
            while i < n && classes[i] == cls {
                let f = folded[i]
                if f == last {
                    run += 1
                } else {
                    run = 1
                    last = f
                }
                if cls == .letter && run == 3 {
                    view.removeLast()
                } else if cls == .digit || run < 3, let u = Unicode.Scalar(f) {
                    view.append(u)
                }
                i += 1
            }
            tokens.append(
                Token(
                    start: start, end: i, norm: String(view), isNumber: cls == .digit,
                    capitalized: upper[start], glued: previousEnd == start))
            previousEnd = i
        }
        mergeInitials()
    }

    /// The closing colon of ":name_with_underscores:" starting at `i`, if there is one.
    static func emojiCodeEnd(_ f: [UInt32], _ classes: [TextFolding.Class], from i: Int) -> Int? {
        guard i + 2 < f.count, classes[i + 1] == .letter, i == 0 || classes[i - 1] != .letter && classes[i - 1] != .digit else { return nil }
        var j = i + 1
        while j < f.count, j - i <= 40, classes[j] == .letter || classes[j] == .digit || f[j] == 0x5F || f[j] == 0x2D || f[j] == 0x2B {
            j += 1
        }
        guard j < f.count, f[j] == 0x3A, j - i >= 3 else { return nil }
        // "10:30:" or "nota:importante:" are not emoji: the code must be followed by a space, the end or punctuation.
        guard j + 1 == f.count || classes[j + 1] != .letter && classes[j + 1] != .digit else { return nil }
        return j
    }

    private mutating func mergeInitials() {
        guard tokens.count > 1 else { return }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            var t = tokens[i]
            if !t.isNumber, t.length == 1, char(t.end) == 0x2E {
                var j = i + 1
                var norm = t.norm
                var end = t.end + 1
                while j < tokens.count, !tokens[j].isNumber, tokens[j].length == 1, tokens[j].start == end {
                    norm += tokens[j].norm
                    end = tokens[j].end
                    if char(end) == 0x2E { end += 1 }
                    j += 1
                }
                if j > i + 1 {
                    t.norm = norm
                    t.end = tokens[j - 1].end
                    out.append(t)
                    i = j
                    continue
                }
            }
            out.append(t)
            i += 1
        }
        tokens = out
    }
}
