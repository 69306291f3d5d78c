import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import HTTPTypes
import Testing

/// The real `cobrador serve` posting its scheduled digest: on start, the run of the day is due
/// (00:00 UTC has always passed), so it posts once; a second start on the same database does not.
@Suite(.serialized, .ownThread) struct BinaryScheduleTests {
    static func serve(db: URL, config: URL, home: URL) throws -> Process {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["--db", db.path, "--today", "2026-11-30", "--config", config.path, "serve", "--port", "0"]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COBRADOR_") }
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["LOG_LEVEL"] = "error"
        environment["LANG"] = "C"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func stop(_ process: Process) {
        process.terminate()
        if !process.waitUntilExit(within: .seconds(20)) { kill(process.processIdentifier, SIGKILL) }
    }

    static func utcToday() -> CalendarDay { CalendarDay.today(in: TimeZone(identifier: "UTC")!) }

    @Test func serveRunsTheMissedDigestOnceAcrossRestarts() async throws {
        let dayBefore = Self.utcToday()
        let db = try CLIRunner.withFixture().database
        let home = TestPaths.temporaryDirectory()
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            let config = home.appendingPathComponent("config.yml")
            try """
            business:
              name: Ana Pérez Diseño
            schedule:
              digest:
                at: "00:00"
                days: daily
                timezone: UTC
                language: en
                post:
                  - url: \(url.absoluteString)
                    format: slack
            """.write(to: config, atomically: true, encoding: .utf8)
            let first = try Self.serve(db: db, config: config, home: home)
            for _ in 0..<300 {
                if await !receiver.received.isEmpty { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            Self.stop(first)
            #expect(await receiver.received.count == 1)
            // A second server on the same database, started the same day: the run is claimed already.
            let second = try Self.serve(db: db, config: config, home: home)
            try await Task.sleep(for: .seconds(3))
            #expect(second.isRunning)
            Self.stop(second)
            return await receiver.received
        }
        guard Self.utcToday() == dayBefore else { return }  // Midnight UTC came during the test: a new day may post again.
        #expect(received.count == 1)
        let text = try #require(try JSONSerialization.jsonObject(with: received[0].body) as? [String: String])["text"]
        #expect(text?.contains("Acme") == true)
        let store = try AppDatabase.open(path: db.path)
        let last = try #require(try await store.lastRun(job: "digest"))
        #expect(last.day == dayBefore)
        #expect(last.outcome == .succeeded)
    }
}
