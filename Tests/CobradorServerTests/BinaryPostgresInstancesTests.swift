import CobradorCore
import CobradorPostgres
import CobradorTestSupport
import Foundation
import Testing

/// Two real `serve` processes on one PostgreSQL database, paid through both at once, one of them killed
/// mid-way: every acknowledged payment is in the store exactly once, and the balances add up.
@Suite(.serialized, .ownThread, .enabled(if: TestPostgres.enabled, TestPostgres.skipNote))
struct BinaryPostgresInstancesTests {
    static let invoices = 300

    /// One client owing `invoices` invoices of 10.00 €, imported through the binary.
    static func book(_ location: String) throws {
        var csv = "number,client,issued,due,amount,currency\n"
        for i in 1...invoices { csv += "C-\(i),Concurrencia S.L.,2026-10-01,2026-10-31,10.00,EUR\n" }
        let file = TestPaths.temporaryDirectory().appendingPathComponent("book.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        var runner = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("unused.sqlite"))
        runner.location = location
        let out = try runner.run(["import", file.path])
        #expect(out.status == 0, "\(out.stderr)")
    }

    @Test func paymentsThroughTwoInstancesOneKilledAreEachThereOnce() async throws {
        try await TestPostgres.withDatabase { location in
            try Self.book(location)
            let secrets = ["COBRADOR_WEBHOOK_TOKEN": "tok", "COBRADOR_WRITERS": "*"]
            let (first, firstBase) = try await BinaryServeTests.launch(location: location, secrets: secrets)
            let (second, secondBase) = try await BinaryServeTests.launch(location: location, secrets: secrets)
            defer { second.terminate() }
            // Invoice i is paid once, through one instance or the other: an acknowledged payment is identifiable.
            let sender = Task {
                await withTaskGroup(of: (Int, Int).self) { group in
                    for i in 1...Self.invoices {
                        group.addTask {
                            let base = i.isMultiple(of: 2) ? secondBase : firstBase
                            let status =
                                (try? await BinaryServeTests.webhook(
                                    base, "Concurrencia pagó 10 € de la C-\(i)", user: "user\(i)", token: "tok"))?.status ?? 0
                            return (i, status)
                        }
                    }
                    var statuses: [Int: Int] = [:]
                    for await (i, status) in group { statuses[i] = status }
                    return statuses
                }
            }
            let watcher = try await PostgresStore(url: location)
            defer { watcher.close() }
            for _ in 0..<2_000 {
                if try await watcher.auditTrail(limit: 40).filter({ $0.action == "record_payment" }).count >= 30 { break }
                try await Task.sleep(for: .milliseconds(5))
            }
            kill(first.processIdentifier, SIGKILL)
            let statuses = await sender.value
            try #require(first.waitUntilExit(within: .seconds(30)))

            let client = try #require(try await watcher.clients().first)
            let file = try #require(try await watcher.clientFile(id: client.id))
            let paymentsPerInvoice = Dictionary(grouping: file.payments, by: \.invoiceID).mapValues(\.count)
            let numberOf = Dictionary(uniqueKeysWithValues: file.invoices.map { ($0.id, $0.number) })
            #expect(paymentsPerInvoice.values.allSatisfy { $0 == 1 }, "no payment applied twice")
            let paidNumbers = Set(paymentsPerInvoice.keys.compactMap { numberOf[$0] })
            let acknowledged = statuses.filter { $0.value == 200 }.map { "C-\($0.key)" }
            #expect(acknowledged.allSatisfy(paidNumbers.contains), "every acknowledged payment is in the store")
            #expect(!acknowledged.isEmpty && acknowledged.count < Self.invoices, "the kill happened mid-way")
            let audited = try await watcher.auditTrail(limit: 1_000).filter { $0.action == "record_payment" }.count
            #expect(file.payments.count == audited, "each payment committed with its audit entry")
            let paid = file.payments.reduce(Money.zero(.eur)) { $0 + $1.amount }
            #expect(paid == Money(minorUnits: Int64(file.payments.count) * 1_000, currency: .eur))
            let owed = file.balances(asOf: TestBot.today).reduce(Money.zero(.eur)) { $0 + $1.outstanding }
            #expect(owed == Money(minorUnits: Int64(Self.invoices - file.payments.count) * 1_000, currency: .eur))
        }
    }
}
