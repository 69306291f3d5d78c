import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Many chat users paying at once through the real server: no lost update, no double application,
/// and a server killed mid-way leaves every payment whole or absent.
@Suite(.serialized, .ownThread) struct BinaryConcurrencyTests {
    /// A database with one client owing 100 invoices of 10.00 € and one invoice of 1,000.00 €.
    static func book() throws -> URL {
        var csv = "number,client,issued,due,amount,currency\n"
        for i in 1...100 { csv += "C-\(i),Concurrencia S.L.,2026-10-01,2026-10-31,10.00,EUR\n" }
        csv += "BIG-1,Concurrencia S.L.,2026-10-01,2026-10-31,1000.00,EUR\n"
        let file = TestPaths.temporaryDirectory().appendingPathComponent("book.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let db = TestPaths.temporaryDirectory().appendingPathComponent("conc.sqlite")
        let out = try CLIRunner(database: db).run(["import", file.path])
        #expect(out.status == 0)
        return db
    }

    static func start(_ db: URL) async throws -> (Process, URL) {
        try await BinaryServeTests.launch(
            db: db,
            secrets: [
                "COBRADOR_WEBHOOK_TOKEN": "tok", "COBRADOR_MATTERMOST_TOKEN": "mm", "COBRADOR_WRITERS": "*",
            ])
    }

    /// Sends all texts at once, each from its own user, and waits for every answer (bounded).
    static func concurrently(_ base: URL, _ texts: [String]) async -> [Int] {
        await withTaskGroup(of: Int.self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask {
                    (try? await BinaryServeTests.webhook(base, text, user: "user\(i)", token: "tok"))?.status ?? 0
                }
            }
            var statuses: [Int] = []
            for await s in group { statuses.append(s) }
            return statuses
        }
    }

    @Test func aHundredPaymentsAtOnceOnDifferentInvoicesAndOnTheSameOne() async throws {
        let db = try Self.book()
        let (server, base) = try await Self.start(db)
        defer { server.terminate() }

        let different = (1...100).map { "Concurrencia pagó 10 € de la C-\($0)" }
        #expect(await Self.concurrently(base, different).allSatisfy { $0 == 200 })
        let same = (1...100).map { _ in "Concurrencia pagó 10 € de la BIG-1" }
        #expect(await Self.concurrently(base, same).allSatisfy { $0 == 200 })

        let store = try AppDatabase.open(path: db.path)
        let client = try #require(try store.clients().first)
        let file = try #require(try store.clientFile(id: client.id))
        #expect(file.payments.count == 200)
        #expect(file.openBalances(asOf: TestBot.today).isEmpty)
        let paid = file.payments.reduce(Money.zero(.eur)) { $0 + $1.amount }
        #expect(paid == Money(minorUnits: 200_000, currency: .eur))
        let big = try #require(file.balances(asOf: TestBot.today).first { $0.invoice.number == "BIG-1" })
        #expect(big.outstanding.isZero)
        #expect(try store.auditTrail(limit: 500).filter { $0.action == "record_payment" }.count == 200)
    }

    @Test func killingTheServerMidWayLeavesEveryPaymentWholeOrAbsent() async throws {
        let db = try Self.book()
        let (server, base) = try await Self.start(db)
        let texts = (1...300).map { _ in "Concurrencia pagó 1 € de la BIG-1" }
        let sender = Task { await Self.concurrently(base, texts) }
        // Kill it once payments are being written, not before.
        let watcher = try AppDatabase.open(path: db.path)
        for _ in 0..<1_000 {
            if try watcher.auditTrail(limit: 30).filter({ $0.action == "record_payment" }).count >= 20 { break }
            try await Task.sleep(for: .milliseconds(5))
        }
        kill(server.processIdentifier, SIGKILL)
        _ = await sender.value
        try #require(server.waitUntilExit(within: .seconds(30)))

        let store = try AppDatabase.open(path: db.path)
        #expect(try store.integrityCheck() == "ok")
        let client = try #require(try store.clients().first)
        let file = try #require(try store.clientFile(id: client.id))
        let audited = try store.auditTrail(limit: 1_000).filter { $0.action == "record_payment" }.count
        // Each payment and its audit entry commit together: never one without the other.
        #expect(file.payments.count == audited)
        #expect(audited >= 20 && audited <= 300)
        let paid = file.payments.reduce(Money.zero(.eur)) { $0 + $1.amount }
        #expect(paid == Money(minorUnits: Int64(audited) * 100, currency: .eur))
        let big = try #require(file.balances(asOf: TestBot.today).first { $0.invoice.number == "BIG-1" })
        #expect(big.outstanding == Money(minorUnits: 100_000 - Int64(audited) * 100, currency: .eur))
    }
}
