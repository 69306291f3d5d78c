import CobradorCore
import Foundation
import Testing

/// The read-ahead keeps the file's order, stays within its bound, and lets go of the inner source when
/// the store stops early, so an import that fails half-way leaves no thread reading the file.
@Suite struct PrefetchingRowSourceTests {
    /// Counts how far it has been read, and records one problem at the end.
    final class CountingSource: InvoiceRowSource, @unchecked Sendable {
        let total: Int
        private let lock = NSLock()
        private var served = 0
        private var log = ImportProblemLog()

        init(total: Int) { self.total = total }

        var read: Int { lock.withLock { served } }

        func nextItem() -> ImportItem? {
            let k: Int = lock.withLock {
                served += 1
                return served
            }
            guard k <= total else {
                if k == total + 1 { log.add(line: total + 1, .empty) }
                return nil
            }
            return .withdrawn(number: "N-\(k)", line: k, standing: .draft)
        }

        var problems: ImportProblemLog { log }
    }

    static func number(_ item: ImportItem?) -> String? {
        if case .withdrawn(let number, _, _) = item { return number }
        return nil
    }

    @Test func everyRowComesOutOnceInOrderAndTheProblemsFollow() {
        let inner = CountingSource(total: 10_001)
        let source = PrefetchingRowSource(inner, batchSize: 64, depth: 3)
        var k = 0
        while let item = source.nextItem() {
            k += 1
            #expect(Self.number(item) == "N-\(k)")
        }
        #expect(k == 10_001)
        #expect(source.nextItem() == nil)
        #expect(source.problems.problems.map(\.line) == [10_002])
    }

    @Test func theReaderStaysWithinItsBoundAndStopsWhenTheStoreDoes() throws {
        let inner = CountingSource(total: 1_000_000)
        let source = PrefetchingRowSource(inner, batchSize: 100, depth: 2)
        #expect(Self.number(source.nextItem()) == "N-1")
        Thread.sleep(forTimeInterval: 0.2)
        // One batch being read from, two waiting, one filled and held: never the whole file.
        #expect(inner.read <= 100 * 4 + 1, "\(inner.read) rows read ahead")
        source.finish()
        let after = inner.read
        Thread.sleep(forTimeInterval: 0.1)
        #expect(inner.read == after, "nothing is read after finish()")
    }

    @Test func rowsAlreadyInMemoryAreNotWrapped() {
        let array = InvoiceRowArraySource([])
        #expect(PrefetchingRowSource.wrapping(array) === array)
        let wrapped = PrefetchingRowSource.wrapping(CountingSource(total: 1))
        #expect(wrapped is PrefetchingRowSource)
        #expect(PrefetchingRowSource.wrapping(wrapped) === wrapped)
        (wrapped as? PrefetchingRowSource)?.finish()
    }
}
