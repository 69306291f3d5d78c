/// A list per vocabulary term, kept flat: one buffer of elements and where each term's run starts.
/// An array per term was thousands of allocations to read back from the start-up cache, and a
/// retain and release each time the scorer looked a term up.
struct TermRows<Element: BitwiseCopyable & Sendable>: Sendable {
    /// Where each term's elements start in `elements`, followed by the end of the last one.
    private(set) var starts: [Int32] = [0]
    private(set) var elements: [Element] = []

    init() {}

    /// `lists[t]` becomes term `t`'s run.
    init(_ lists: [[Element]]) {
        starts.reserveCapacity(lists.count + 1)
        elements.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        for list in lists {
            elements.append(contentsOf: list)
            starts.append(Int32(elements.count))
        }
    }

    /// Checked by the snapshot reader: the starts must rise from 0 to the number of elements.
    init?(starts: [Int32], elements: [Element]) {
        guard starts.first == 0, Int(starts.last ?? -1) == elements.count,
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        self.starts = starts
        self.elements = elements
    }

    /// Number of terms.
    var count: Int { starts.count - 1 }

    /// Where term `t`'s run lies in `elements`.
    @inline(__always)
    func range(_ t: Int) -> Range<Int> { Int(starts[t])..<Int(starts[t + 1]) }

    /// Term `t`'s elements, copied (explanations and tests).
    func row(_ t: Int) -> ArraySlice<Element> { elements[Int(starts[t])..<Int(starts[t + 1])] }
}
