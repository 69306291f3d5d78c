/// Word sequences (one or more folded words) mapped to a value, found at a token position
/// longest first: "pasado mañana" wins over "mañana", "end of the month" over "end".
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirst: [String: [(words: [String], value: Value)]] = [:]
    /// This list's bit in `Token.lexMask`; 0 until the lexicon assigns one.
    private(set) var bit: UInt64 = 0

    init() {}

    var isEmpty: Bool { byFirst.isEmpty }

    mutating func add(_ phrase: String, _ value: Value) {
        let words = TextFolding.normalize(phrase).split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        var list = byFirst[first, default: []]
        list.removeAll { $0.words == words }
        list.append((words, value))
        list.sort { $0.words.count > $1.words.count }
        byFirst[first] = list
    }

    mutating func assign(bit: UInt64, starters: inout [String: UInt64]) {
        self.bit = bit
        for first in byFirst.keys { starters[first, default: 0] |= bit }
    }

    /// The longest phrase starting at token `index`, with the number of tokens it spans.
    func match(_ tokens: [Token], at index: Int) -> (value: Value, count: Int)? {
        guard index >= 0, index < tokens.count, bit == 0 || tokens[index].lexMask & bit != 0,
            let list = byFirst[tokens[index].norm]
        else { return nil }
        outer: for entry in list {
            guard index + entry.words.count <= tokens.count else { continue }
            for k in 1..<max(1, entry.words.count) where tokens[index + k].norm != entry.words[k] {
                continue outer
            }
            return (entry.value, entry.words.count)
        }
        return nil
    }

    func contains(word: String) -> Bool {
        byFirst[word]?.contains { $0.words.count == 1 } ?? false
    }

    func value(word: String) -> Value? {
        byFirst[word]?.first { $0.words.count == 1 }?.value
    }

    func value(_ token: Token) -> Value? {
        guard bit == 0 || token.lexMask & bit != 0 else { return nil }
        return value(word: token.norm)
    }

    var allWords: [String] { byFirst.values.flatMap { $0.flatMap(\.words) } }

    // MARK: - Snapshot

    func write(_ w: inout SnapshotWriter, _ value: (inout SnapshotWriter, Value) -> Void) {
        w.uint64(bit)
        w.int(byFirst.count)
        for first in byFirst.keys.sorted() {
            let list = byFirst[first]!
            w.int(list.count)
            for entry in list {
                w.strings(entry.words)
                value(&w, entry.value)
            }
        }
    }

    init(_ r: inout SnapshotReader, _ value: (inout SnapshotReader) throws(SnapshotReader.Damaged) -> Value) throws(SnapshotReader.Damaged) {
        bit = try r.uint64()
        let n = try r.count()
        byFirst.reserveCapacity(n)
        for _ in 0..<n {
            let m = try r.count()
            var list: [(words: [String], value: Value)] = []
            list.reserveCapacity(m)
            for _ in 0..<m {
                let words = try r.strings()
                list.append((words, try value(&r)))
            }
            guard let first = list.first?.words.first else { throw SnapshotReader.Damaged() }
            byFirst[first] = list
        }
    }
}
