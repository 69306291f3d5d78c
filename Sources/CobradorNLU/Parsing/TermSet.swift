/// The terms of one reading as a bit set over the vocabulary, for constant-time membership tests.
struct TermSet {
    private var bits: [UInt64]

    init(termCount: Int) {
        bits = Array(repeating: 0, count: (termCount + 63) / 64)
    }

    mutating func insert(_ term: Int32) {
        let t = Int(term)
        guard t >= 0, t / 64 < bits.count else { return }
        bits[t / 64] |= 1 << UInt64(t % 64)
    }

    @inline(__always)
    func contains(_ term: Int32) -> Bool {
        let t = Int(term)
        guard t >= 0, t / 64 < bits.count else { return false }
        return bits[t / 64] & (1 << UInt64(t % 64)) != 0
    }
}
