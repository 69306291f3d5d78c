/// A language's compiled patterns as one flat program: every pattern's elements are integer codes
/// in a single buffer, and the per-pattern facts are plain values. Read as `[IntentPattern]`, each
/// pattern looked at and each element matched copied an array out of an enum payload (a retain and
/// a release), which was a fifth of the time spent scoring.
///
/// Layout of one element: a start (`^`), an end (`$`) and a gap (`*`) are one code each; a choice is
/// `[choice or optionalChoice, length of the element, number of alternatives]` followed, for each
/// alternative, by its term count and its terms.
///
/// Before any backtracking, a pattern must pass a cheap test: each of its required choices has one
/// of its alternatives' first terms somewhere in the reading. Most candidates picked by a common
/// anchor word ("de", "the") fail there.
struct PatternProgram: Sendable {
    struct Header: Sendable {
        var codeStart: Int32
        var codeEnd: Int32
        var anchorStart: Int32
        var anchorEnd: Int32
        /// The required choices, in `required`: for each, a term count and those terms.
        var requiredStart: Int32
        var requiredEnd: Int32
        var intent: Int32
        var anchoredAtStart: Bool
        var weight: Double
    }

    enum Op {
        static let start: Int32 = -1
        static let end: Int32 = -2
        static let gap: Int32 = -3
        static let choice: Int32 = -4
        static let optionalChoice: Int32 = -5
    }

    private(set) var headers: [Header] = []
    private var code: [Int32] = []
    private var anchors: [Int32] = []
    private var required: [Int32] = []

    init() {}

    init(_ patterns: [IntentPattern]) {
        for p in patterns { append(p) }
    }

    var count: Int { headers.count }

    // MARK: - Snapshot

    func write(_ w: inout SnapshotWriter) {
        w.int(headers.count)
        for h in headers {
            for v in [h.codeStart, h.codeEnd, h.anchorStart, h.anchorEnd, h.requiredStart, h.requiredEnd, h.intent] { w.int32(v) }
            w.bool(h.anchoredAtStart)
            w.double(h.weight)
        }
        w.int32s(code)
        w.int32s(anchors)
        w.int32s(required)
    }

    init(_ r: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let n = try r.count()
        headers.reserveCapacity(n)
        for _ in 0..<n {
            headers.append(
                Header(
                    codeStart: try r.int32(), codeEnd: try r.int32(), anchorStart: try r.int32(), anchorEnd: try r.int32(),
                    requiredStart: try r.int32(), requiredEnd: try r.int32(), intent: try r.int32(), anchoredAtStart: try r.bool(),
                    weight: try r.double()))
        }
        code = try r.int32s()
        anchors = try r.int32s()
        required = try r.int32s()
        // The matcher reads the buffers without bounds checks: a damaged file must fail here instead.
        for h in headers {
            guard 0 <= h.codeStart, h.codeStart <= h.codeEnd, Int(h.codeEnd) <= code.count, 0 <= h.anchorStart,
                h.anchorStart <= h.anchorEnd, Int(h.anchorEnd) <= anchors.count, 0 <= h.requiredStart,
                h.requiredStart <= h.requiredEnd, Int(h.requiredEnd) <= required.count
            else { throw SnapshotReader.Damaged() }
        }
    }

    mutating func append(_ pattern: IntentPattern) {
        let start = Int32(code.count)
        let requiredStart = Int32(required.count)
        for element in pattern.elements {
            if case .choice(let alternatives, false) = element {
                let firsts = Set(alternatives.compactMap(\.first)).sorted()
                required.append(Int32(firsts.count))
                required.append(contentsOf: firsts)
            }
        }
        for element in pattern.elements {
            switch element {
            case .start: code.append(Op.start)
            case .end: code.append(Op.end)
            case .gap: code.append(Op.gap)
            case .choice(let alternatives, let optional):
                let head = code.count
                code.append(optional ? Op.optionalChoice : Op.choice)
                code.append(0)
                code.append(Int32(alternatives.count))
                for seq in alternatives {
                    code.append(Int32(seq.count))
                    code.append(contentsOf: seq)
                }
                code[head + 1] = Int32(code.count - head)
            }
        }
        let anchorStart = Int32(anchors.count)
        anchors.append(contentsOf: pattern.anchors)
        headers.append(
            Header(
                codeStart: start, codeEnd: Int32(code.count), anchorStart: anchorStart, anchorEnd: Int32(anchors.count),
                requiredStart: requiredStart, requiredEnd: Int32(required.count),
                intent: Int32(pattern.intent), anchoredAtStart: pattern.anchoredAtStart, weight: pattern.weight))
    }

    /// True when pattern `index` matches the reading somewhere (at its start when anchored there).
    /// `present` holds every term of the reading.
    func matches(_ index: Int, _ view: FeatureView, present: TermSet) -> Bool {
        let h = headers[index]
        guard satisfiable(h, present) else { return false }
        return code.withUnsafeBufferPointer { code in
            let run = Run(code: code, end: Int(h.codeEnd), view: view)
            if h.anchoredAtStart { return run.match(Int(h.codeStart), 0) }
            return anchors.withUnsafeBufferPointer { anchors in
                for s in 0..<view.count {
                    var anchored = false
                    for a in Int(h.anchorStart)..<Int(h.anchorEnd) where view.has(s, anchors[a]) {
                        anchored = true
                        break
                    }
                    if anchored, run.match(Int(h.codeStart), s) { return true }
                }
                return false
            }
        }
    }

    /// Each required choice has a first term in the reading.
    private func satisfiable(_ h: Header, _ present: TermSet) -> Bool {
        required.withUnsafeBufferPointer { r in
            var k = Int(h.requiredStart)
            let end = Int(h.requiredEnd)
            while k < end {
                let n = Int(r[k])
                var found = false
                for j in (k + 1)..<(k + 1 + n) where present.contains(r[j]) {
                    found = true
                    break
                }
                if !found { return false }
                k += 1 + n
            }
            return true
        }
    }

    /// One pattern matched against one reading, with bounded backtracking (gaps skip at most `maxGap`).
    private struct Run {
        let code: UnsafeBufferPointer<Int32>
        let end: Int
        let view: FeatureView

        func match(_ e: Int, _ p: Int) -> Bool {
            if e == end { return true }
            let op = code[e]
            switch op {
            case Op.start:
                return p == 0 && match(e + 1, p)
            case Op.end:
                return p == view.count && match(e + 1, p)
            case Op.gap:
                var q = p
                let last = min(view.count, p + IntentPattern.maxGap)
                while q <= last {
                    if match(e + 1, q) { return true }
                    q += 1
                }
                return false
            default:
                let next = e + Int(code[e + 1])
                let alternatives = Int(code[e + 2])
                var k = e + 3
                for _ in 0..<alternatives {
                    let length = Int(code[k])
                    let terms = k + 1
                    k = terms + length
                    guard p + length <= view.count else { continue }
                    var ok = true
                    for j in 0..<length where !view.has(p + j, code[terms + j]) {
                        ok = false
                        break
                    }
                    if ok, match(next, p + length) { return true }
                }
                return op == Op.optionalChoice && match(next, p)
            }
        }
    }
}
