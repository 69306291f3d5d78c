/// Reads what `SnapshotWriter` wrote. Every read checks the bounds: a truncated or damaged file
/// throws instead of trapping, and the caller compiles the catalog afresh.
struct SnapshotReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        let v = Int(try raw(Int64.self))
        return v
    }

    /// A count or index: never negative, and never more than the bytes left could hold.
    mutating func count() throws(Damaged) -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset + (1 << 20) else { throw Damaged() }
        return n
    }

    mutating func int32() throws(Damaged) -> Int32 { try raw(Int32.self) }
    mutating func uint64() throws(Damaged) -> UInt64 { try raw(UInt64.self) }
    mutating func double() throws(Damaged) -> Double { Double(bitPattern: try raw(UInt64.self)) }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < bytes.count else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func string() throws(Damaged) -> String {
        let n = try count()
        guard n <= bytes.count - offset else { throw Damaged() }
        let s = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self) }
        offset += n
        return s
    }

    mutating func strings() throws(Damaged) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func stringSet() throws(Damaged) -> Set<String> { Set(try strings()) }

    mutating func int32s() throws(Damaged) -> [Int32] { try array(Int32.self) }
    mutating func uint8s() throws(Damaged) -> [UInt8] { try array(UInt8.self) }
    mutating func doubles() throws(Damaged) -> [Double] { try array(Double.self) }

    mutating func ints() throws(Damaged) -> [Int] {
        let n = try count()
        var out: [Int] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try int()) }
        return out
    }

    mutating func sparse<T>(_ element: (inout SnapshotReader) throws(Damaged) -> T) throws(Damaged) -> [[T]] {
        let n = try count()
        var table = [[T]](repeating: [], count: n)
        for _ in 0..<(try count()) {
            let i = try count()
            guard i < n else { throw Damaged() }
            let m = try count()
            var list: [T] = []
            list.reserveCapacity(m)
            for _ in 0..<m { list.append(try element(&self)) }
            table[i] = list
        }
        return table
    }

    mutating func rows<T: BitwiseCopyable & Sendable>(_: T.Type) throws(Damaged) -> TermRows<T> {
        let starts = try int32s()
        guard let rows = TermRows(starts: starts, elements: try array(T.self)) else { throw Damaged() }
        return rows
    }

    /// A run of plain values copied as they lie (the writer wrote them with `withUnsafeBytes`).
    private mutating func array<T: BitwiseCopyable>(_: T.Type) throws(Damaged) -> [T] {
        let n = try count()
        let size = n * MemoryLayout<T>.stride
        guard size <= bytes.count - offset else { throw Damaged() }
        let start = offset
        offset += size
        return bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<start + size]))
                initialized = n
            }
        }
    }

    private mutating func raw<T: FixedWidthInteger>(_: T.Type) throws(Damaged) -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - offset else { throw Damaged() }
        let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        offset += size
        return v
    }
}
