import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// PRODUCT.md §5: "no data is lost on a crash". The real `cobrador import` is killed with SIGKILL in the
/// middle of a large import; the database must open, pass `PRAGMA integrity_check`, keep what it had,
/// and hold none or all of the interrupted import, never part of it.
@Suite(.serialized, .ownThread) struct CrashSafetyTests {
    static let rows = 200_000

    /// 200,000 invoices over 2,000 new clients; numbers CRASH-000001 … CRASH-200000.
    static func bigCSV(in dir: URL) throws -> URL {
        var text = "number,client,email,phone,contact,issued,due,amount,currency,paid\n"
        text.reserveCapacity(rows * 90)
        for n in 1...rows {
            let number = String(n + 1_000_000).dropFirst()
            text += "CRASH-\(number),Crash Client \(n % 2_000),c\(n % 2_000)@crash.example,,,2026-10-01,2026-11-01,"
            text += "\(100 + n % 900).50,EUR,\(n % 3 == 0 ? "10.00" : "")\n"
        }
        let url = dir.appendingPathComponent("big.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func sigkillDuringAnImportLeavesAllOrNothing() throws {
        let dir = TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dbPath = dir.appendingPathComponent("crash.sqlite").path
        let runner = CLIRunner(database: URL(fileURLWithPath: dbPath))
        let baseline = try runner.run(["import", TestPaths.fixture("invoices.csv").path])
        try #require(baseline.status == 0, "baseline import failed: \(baseline.stderr)")
        let csv = try Self.bigCSV(in: dir)

        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["--db", dbPath, "--today", "2026-11-30", "import", csv.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until the import transaction has started writing pages to the WAL, then kill it
        // without warning. Give up waiting after 60 s (then the import simply finished).
        let wal = dbPath + "-wal"
        let deadline = Date().addingTimeInterval(60)
        var killedWhileWriting = false
        while process.isRunning && Date() < deadline {
            if Self.fileSize(wal) > 2_000_000 {
                kill(process.processIdentifier, SIGKILL)
                killedWhileWriting = true
                break
            }
            usleep(2_000)
        }
        if !killedWhileWriting { kill(process.processIdentifier, SIGKILL) }
        try #require(process.waitUntilExit(within: .seconds(60)))
        #expect(killedWhileWriting, "the import ended before it could be killed mid-write; make the file bigger")
        if killedWhileWriting { #expect(process.terminationReason == .uncaughtSignal) }

        let db = try AppDatabase.open(path: dbPath)
        #expect(try db.integrityCheck() == "ok")
        let first = try db.invoice(number: "CRASH-000001")
        let last = try db.invoice(number: "CRASH-\(String(Self.rows + 1_000_000).dropFirst())")
        #expect((first == nil) == (last == nil), "a part of the import survived the crash")
        let clients = try db.clients()
        let crashClients = clients.filter { $0.name.hasPrefix("Crash Client") }.count
        #expect(crashClients == 0 || crashClients == 2_000)
        // What was there before the crash is intact.
        #expect(clients.count - crashClients == 10)
        #expect(try db.invoice(number: "T-2026-201") != nil)
        let open = try db.openItems()
        let fixtureOpen = open.filter { !$0.invoiceNumber.hasPrefix("CRASH-") }
        #expect(fixtureOpen.count == 9)
        if first == nil {
            #expect(open.count == fixtureOpen.count)
        } else {
            #expect(open.count == fixtureOpen.count + Self.rows)
        }
    }
}
