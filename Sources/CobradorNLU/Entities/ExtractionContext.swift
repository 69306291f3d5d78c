import CobradorCore

/// The state shared by the entity scanners while they read one message: the analysed text,
/// what has been claimed, and the entities found so far.
struct ExtractionContext {
    var text: AnalyzedText
    let lexicon: Lexicon
    let today: CalendarDay
    var entities: [Entity] = []
    /// Token index → index in `entities` of the entity whose span starts there.
    var entityAtToken: [Int: Int] = [:]
    /// Quoted text (Character offsets): what someone else wrote, or the user's draft.
    var quotes: [(start: Int, end: Int)] = []
    /// The last token that starts a date unit ("días", "weeks"), -1 when none does: a count of days
    /// or weeks needs one after it, and most messages have none.
    private(set) var lastUnitWord = -1

    init(text: AnalyzedText, lexicon: Lexicon, today: CalendarDay) {
        self.text = text
        let unitBit = lexicon.units.bit
        for k in self.text.tokens.indices {
            let mask = lexicon.starters[self.text.tokens[k].norm] ?? 0
            self.text.tokens[k].lexMask = mask
            if mask & unitBit != 0 { lastUnitWord = k }
        }
        self.lexicon = lexicon
        self.today = today
    }

    var tokens: [Token] { text.tokens }

    func isFree(_ i: Int) -> Bool { i >= 0 && i < text.claimed.count && !text.claimed[i] }

    func norm(_ i: Int) -> String { i >= 0 && i < text.tokens.count ? text.tokens[i].norm : "" }

    /// Adds an entity spanning Characters [start, end) and claims the tokens under it.
    mutating func add(
        _ kind: Entity.Kind, start: Int, end: Int, value: String?, claim: Bool = true,
        configure: (inout Entity) -> Void = { _ in }
    ) {
        var e = Entity(kind: kind, text: text.text(start, end), start: start, end: end, value: value)
        configure(&e)
        let range = text.tokenRange(coveringChars: start, end)
        if claim {
            text.claim(range)
            if !range.isEmpty { entityAtToken[range.lowerBound] = entities.count }
        }
        entities.append(e)
    }

    /// Adds an entity over tokens [first, last].
    mutating func add(
        _ kind: Entity.Kind, tokens first: Int, _ last: Int, value: String?, claim: Bool = true,
        configure: (inout Entity) -> Void = { _ in }
    ) {
        add(kind, start: text.tokens[first].start, end: text.tokens[last].end, value: value, claim: claim, configure: configure)
    }

    /// Treats Characters [start, end) as a draft under review: entities inside it are dropped and its words claimed.
    mutating func quote(start: Int, end: Int) {
        entities.removeAll { $0.start >= start && $0.end <= end }
        entityAtToken = [:]
        for (k, e) in entities.enumerated() where !e.kind.isUnclaimedCue {
            let r = text.tokenRange(coveringChars: e.start, e.end)
            if !r.isEmpty { entityAtToken[r.lowerBound] = k }
        }
        add(.quote, start: start, end: end, value: text.text(start, end))
    }

    /// True when token `i` lies inside quoted text.
    func isQuoted(_ i: Int) -> Bool {
        guard !quotes.isEmpty, i >= 0, i < tokens.count else { return false }
        let t = tokens[i]
        return quotes.contains { t.start >= $0.start && t.end <= $0.end }
    }

    /// Skips tokens that are date connectors ("de", "of", "the", "el") from `i`.
    func skipConnectors(_ i: Int) -> Int {
        var j = i
        while j < tokens.count, lexicon.dateConnectors.contains(tokens[j].norm) { j += 1 }
        return j
    }

    /// The character just before `offset`, skipping at most one space.
    func previousNonSpace(_ offset: Int) -> Int {
        var k = offset - 1
        if k >= 0, text.classes[k] == .space { k -= 1 }
        return k
    }
}
