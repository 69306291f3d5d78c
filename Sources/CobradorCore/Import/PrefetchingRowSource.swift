import Foundation

/// Reads another source's rows on a thread of its own, a few batches ahead of the store writing the rows
/// before them: on two cores an import then takes about as long as the slower half (reading and checking
/// the file, or the database's writes), not the two added up. Memory stays bounded: at most `depth`
/// batches of `batchSize` rows wait. `finish()` (also run by `problems`) stops the reader and waits for it,
/// so that afterwards the inner source is touched by one thread again.
public final class PrefetchingRowSource: InvoiceRowSource, @unchecked Sendable {
    private let inner: any InvoiceRowSource
    private let batchSize: Int
    private let depth: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ready: [[ImportItem]] = []
    private var endOfInput = false
    private var stopped = false
    private var readerExited = false
    // The consumer's own.
    private var current: [ImportItem] = []
    private var index = 0

    public init(_ inner: any InvoiceRowSource, batchSize: Int = 2048, depth: Int = 4) {
        self.inner = inner
        self.batchSize = max(1, batchSize)
        self.depth = max(1, depth)
        let thread = Thread { [self] in read() }
        thread.name = "cobrador.import.reader"
        thread.start()
    }

    private func read() {
        var batch: [ImportItem] = []
        batch.reserveCapacity(batchSize)
        var more = true
        while more {
            let item = inner.nextItem()
            if let item { batch.append(item) } else { more = false }
            guard !more || batch.count == batchSize else { continue }
            condition.lock()
            while ready.count >= depth && !stopped { condition.wait() }
            if stopped { more = false } else { ready.append(batch) }
            if !more { endOfInput = true }
            condition.broadcast()
            condition.unlock()
            batch = []
            batch.reserveCapacity(batchSize)
        }
        condition.lock()
        readerExited = true
        condition.broadcast()
        condition.unlock()
    }

    public func nextItem() -> ImportItem? {
        while index == current.count {
            condition.lock()
            while ready.isEmpty && !endOfInput { condition.wait() }
            guard !ready.isEmpty else {
                condition.unlock()
                return nil
            }
            current = ready.removeFirst()
            index = 0
            condition.broadcast()
            condition.unlock()
        }
        defer { index += 1 }
        return current[index]
    }

    /// Stops reading ahead and waits until the reader has let go of the inner source.
    public func finish() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !readerExited { condition.wait() }
        ready = []
        condition.unlock()
    }

    public var problems: ImportProblemLog {
        finish()
        return inner.problems
    }
}

extension PrefetchingRowSource {
    /// A file read ahead on its own thread; rows already in memory as they are.
    public static func wrapping(_ source: any InvoiceRowSource) -> any InvoiceRowSource {
        source is InvoiceRowArraySource || source is PrefetchingRowSource ? source : PrefetchingRowSource(source)
    }
}
