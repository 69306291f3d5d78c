/// Writes a compiled catalog as plain bytes (native byte order: a snapshot is only read back by
/// the binary that wrote it, on the machine it ran on). Keys of dictionaries and sets are written
/// sorted, so the same catalog always gives the same bytes.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 20)
    }

    mutating func int(_ v: Int) { raw(Int64(v)) }
    mutating func int32(_ v: Int32) { raw(v) }
    mutating func uint64(_ v: UInt64) { raw(v) }
    mutating func double(_ v: Double) { raw(v.bitPattern) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func strings(_ list: [String]) {
        int(list.count)
        for s in list { string(s) }
    }

    mutating func stringSet(_ set: Set<String>) { strings(set.sorted()) }

    mutating func int32s(_ list: [Int32]) {
        int(list.count)
        list.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func uint8s(_ list: [UInt8]) {
        int(list.count)
        bytes.append(contentsOf: list)
    }

    mutating func doubles(_ list: [Double]) {
        int(list.count)
        list.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func ints(_ list: [Int]) {
        int(list.count)
        for v in list { int(v) }
    }

    /// Flat per-term rows: the starts, then the elements as they lie in memory (no padding in them).
    mutating func rows<T: BitwiseCopyable & Sendable>(_ table: TermRows<T>) {
        int32s(table.starts)
        int(table.elements.count)
        table.elements.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A table indexed by term where most entries are empty: only the others, with their index.
    mutating func sparse<T>(_ table: [[T]], _ element: (inout SnapshotWriter, T) -> Void) {
        int(table.count)
        let filled = table.indices.filter { !table[$0].isEmpty }
        int(filled.count)
        for i in filled {
            int(i)
            int(table[i].count)
            for e in table[i] { element(&self, e) }
        }
    }

    private mutating func raw<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v) { bytes.append(contentsOf: $0) }
    }
}
