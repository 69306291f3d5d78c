/// The feature sets of a reading's positions (one per word or entity), kept flat: one buffer of
/// terms and where each position's terms start. An array per position was an allocation per word
/// and a retain and release each time the scorer or a pattern looked at one.
struct FeaturePositions {
    private(set) var terms: [Int32] = []
    /// Where each position's terms start in `terms`, followed by the end of the last one.
    private(set) var bounds: [Int32] = [0]

    init() {
        terms.reserveCapacity(64)
        bounds.reserveCapacity(24)
    }

    var count: Int { bounds.count - 1 }

    /// Adds a term to the position being built; `close()` ends it.
    mutating func add(_ term: Int32) { terms.append(term) }

    /// Adds a term unless the position being built already has it.
    mutating func addOnce(_ term: Int32) {
        let open = Int(bounds[bounds.count - 1])
        for k in open..<terms.count where terms[k] == term { return }
        terms.append(term)
    }

    mutating func close() { bounds.append(Int32(terms.count)) }

    /// A position of one term (an entity placeholder, "{number}", "?").
    mutating func append(_ term: Int32) {
        terms.append(term)
        close()
    }

    /// The terms of position `p`.
    func terms(at p: Int) -> ArraySlice<Int32> { terms[Int(bounds[p])..<Int(bounds[p + 1])] }

    /// Reads the positions through raw buffers (pattern matching runs there, without bounds checks
    /// or reference counting).
    func withView<R>(_ body: (FeatureView) -> R) -> R {
        terms.withUnsafeBufferPointer { t in
            bounds.withUnsafeBufferPointer { b in body(FeatureView(terms: t, bounds: b)) }
        }
    }
}

/// `FeaturePositions` seen through its buffers, valid only inside `withView`.
struct FeatureView {
    let terms: UnsafeBufferPointer<Int32>
    let bounds: UnsafeBufferPointer<Int32>

    var count: Int { bounds.count - 1 }

    @inline(__always)
    func has(_ p: Int, _ term: Int32) -> Bool {
        var k = Int(bounds[p])
        let end = Int(bounds[p + 1])
        while k < end {
            if terms[k] == term { return true }
            k += 1
        }
        return false
    }
}
