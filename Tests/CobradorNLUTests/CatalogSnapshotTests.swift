import CobradorCore
import Foundation
import Testing

@testable import CobradorNLU

/// A catalog read back from its snapshot is the same catalog: the same bytes when written again,
/// the same reading of every message of the corpora, and nothing damaged is ever accepted.
@Suite struct CatalogSnapshotTests {
    static let bytes = Fixtures.catalog.snapshot()

    @Test func writingTheReadCatalogGivesTheSameBytes() throws {
        let restored = try #require(IntentCatalog(snapshot: CatalogSnapshotTests.bytes))
        #expect(restored.snapshot() == CatalogSnapshotTests.bytes)
        #expect(restored.intents == Fixtures.catalog.intents)
    }

    /// A table added to the lexicon and forgotten by the snapshot would be empty after a cached start.
    @Test func everyLexiconTableIsInTheSnapshot() {
        #expect(Mirror(reflecting: Lexicon()).children.count == Lexicon.snapshotPropertyCount)
        let lexicon = Fixtures.catalog.lexicon
        for k in Lexicon.intTables { #expect(!lexicon[keyPath: k].isEmpty, "\(k)") }
        for k in Lexicon.flagTables { #expect(!lexicon[keyPath: k].isEmpty, "\(k)") }
        for k in Lexicon.stringTables { #expect(!lexicon[keyPath: k].isEmpty, "\(k)") }
        for k in Lexicon.listTables { #expect(!lexicon[keyPath: k].isEmpty, "\(k)") }
    }

    @Test func theRestoredCatalogReadsEveryMessageAlike() throws {
        let restored = try #require(IntentCatalog(snapshot: CatalogSnapshotTests.bytes))
        let clients = ClientGazetteer(Fixtures.clients)
        let fresh = NLUParser(catalog: Fixtures.catalog, clients: clients, invoiceNumbers: Fixtures.invoices)
        let cached = NLUParser(catalog: restored, clients: clients, invoiceNumbers: Fixtures.invoices)
        let messages = [RealisticCorpus.table, IntentCorpus.table, ProbeCorpus.messages, ProbeCorpus.dates, ProbeCorpus.money]
            .flatMap { $0.split(separator: "\n").map { String($0.split(separator: "\t").dropFirst(2).first ?? $0) } }
        #expect(messages.count > 500)
        for text in messages {
            #expect(fresh.parse(text, today: Fixtures.today).jsonLine() == cached.parse(text, today: Fixtures.today).jsonLine())
        }
    }

    @Test func aDamagedOrTruncatedSnapshotIsRefused() {
        var bytes = CatalogSnapshotTests.bytes
        #expect(IntentCatalog(snapshot: []) == nil)
        #expect(IntentCatalog(snapshot: Array(bytes.prefix(bytes.count / 2))) == nil)
        #expect(IntentCatalog(snapshot: bytes + [0]) == nil)
        for position in [3, 30, bytes.count / 3, bytes.count - 1] {
            bytes[position] ^= 0x40
            #expect(IntentCatalog(snapshot: bytes) == nil, "byte \(position)")
            bytes[position] ^= 0x40
        }
        #expect(IntentCatalog(snapshot: bytes) != nil)
    }

    /// The reader checks its bounds itself, so even a well-formed header over nonsense cannot trap.
    @Test func nonsenseBehindAValidHeaderIsRefused() {
        for seed in 0..<20 {
            // Deterministic noise: each byte a multiplicative hash of its position and the seed.
            let body = (0..<(seed * 97 + 5)).map { k in
                UInt8(truncatingIfNeeded: ((UInt64(k) &+ (UInt64(seed) << 32)) &* 0x9E37_79B9_7F4A_7C15) >> 29)
            }
            var header = SnapshotWriter()
            header.uint64(IntentCatalog.snapshotMagic)
            header.int(body.count)
            header.uint64(IntentCatalog.checksum(body))
            #expect(IntentCatalog(snapshot: header.bytes + body) == nil)
        }
    }
}
