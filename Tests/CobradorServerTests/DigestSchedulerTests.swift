import CobradorCore
import CobradorOutbound
import CobradorStore
import CobradorTestSupport
import Foundation
import HTTPTypes
import Logging
import Testing

@testable import CobradorServer

/// A clock the test moves: `sleep` advances it instead of waiting, and stops the loop at a limit.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private(set) var naps: [Duration] = []
    let stopAt: Date

    init(_ start: Date, stopAt: Date) {
        current = start
        self.stopAt = stopAt
    }

    func now() -> Date { lock.withLock { current } }

    func sleep(_ duration: Duration) throws {
        try lock.withLock {
            naps.append(duration)
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            current = current.addingTimeInterval(seconds)
            if current >= stopAt { throw CancellationError() }
        }
    }

    var allNaps: [Duration] { lock.withLock { naps } }
}

/// The scheduler with a driven clock, a real SQLite file as its store and a real HTTP receiver
/// on 127.0.0.1: it posts once per run day, never twice for a day (restart, second server), and
/// makes up a run missed earlier the same day.
@Suite("Digest scheduler", .serialized)
struct DigestSchedulerTests {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static func database() throws -> String {
        TestPaths.temporaryDirectory().appendingPathComponent("schedule.sqlite").path
    }

    static func scheduler(
        url: URL, store: any ScheduleStore, clock: ManualClock, format: ChatFormat = .slack, owner: String = "test"
    ) throws -> DigestScheduler {
        let schedule = try DigestSchedule(
            at: "09:00", days: ["weekdays"], timeZone: "Europe/Madrid", targets: [(url: url.absoluteString, format: format.rawValue)])
        var logger = Logger(label: "test.schedule")
        logger.logLevel = .critical
        return DigestScheduler(
            schedule: schedule, store: store, digest: { day, language in "Resumen \(day) (\(language.rawValue)) para <!channel>" },
            poster: WebhookPoster(policy: RetryPolicy(maxAttempts: 1, timeout: .seconds(5)), sleep: { _ in }), language: .es,
            now: { clock.now() }, sleep: { try clock.sleep($0) }, owner: owner, logger: logger)
    }

    static func texts(_ received: [LoopbackReceiver.Received]) -> [String] {
        received.map { String(decoding: $0.body, as: UTF8.self) }
    }

    @Test func postsOnEachRunDayAtItsTime() async throws {
        let path = try Self.database()
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            // From Monday 07:00 UTC (08:00 Madrid) to Tuesday 12:00 UTC.
            let clock = ManualClock(Self.utc("2026-11-30T07:00:00Z"), stopAt: Self.utc("2026-12-01T12:00:00Z"))
            try await Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: clock).run()
            let naps = clock.allNaps
            #expect(naps.first == .seconds(600))
            #expect(naps.allSatisfy { $0 <= DigestScheduler.maxNap && $0 > .zero })
            return await receiver.received
        }
        #expect(
            Self.texts(received) == [
                #"{"text":"Resumen 2026-11-30 (es) para &lt;!channel&gt;"}"#, #"{"text":"Resumen 2026-12-01 (es) para &lt;!channel&gt;"}"#,
            ])
        let last = try #require(try await AppDatabase.open(path: path).lastRun(job: "digest"))
        #expect(last.day == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(last.outcome == .succeeded)
        #expect(last.owner == "test")
    }

    @Test func aRestartTheSameDayDoesNotPostAgain() async throws {
        let path = try Self.database()
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            let first = ManualClock(Self.utc("2026-11-30T08:00:05Z"), stopAt: Self.utc("2026-11-30T08:30:00Z"))
            try await Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: first).run()
            // Restarted at 11:00 Madrid the same Monday, with a new store object on the same file.
            let second = ManualClock(Self.utc("2026-11-30T10:00:00Z"), stopAt: Self.utc("2026-11-30T12:00:00Z"))
            let again = try Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: second, owner: "restart")
            #expect(await again.runIfDue() == .alreadyRun(CalendarDay(year: 2026, month: 11, day: 30)!))
            try await again.run()
            return await receiver.received
        }
        #expect(received.count == 1)
        #expect(try await AppDatabase.open(path: path).lastRun(job: "digest")?.owner == "test")
    }

    @Test func aRunMissedWhileDownIsMadeOnStartTheSameDayOnly() async throws {
        let path = try Self.database()
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            // Down since Friday; started on Monday at 16:00 Madrid, after the 09:00 run: it posts at once.
            let clock = ManualClock(Self.utc("2026-11-30T15:00:00Z"), stopAt: Self.utc("2026-11-30T15:00:01Z"))
            let scheduler = try Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: clock)
            #expect(await scheduler.runIfDue() == .posted(CalendarDay(year: 2026, month: 11, day: 30)!))
            // Started on Saturday: Friday's missed run is not made up, nothing is due.
            let saturday = ManualClock(Self.utc("2026-12-05T10:00:00Z"), stopAt: Self.utc("2026-12-05T10:00:01Z"))
            let weekend = try Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: saturday)
            #expect(await weekend.runIfDue() == .notDue)
            return await receiver.received
        }
        #expect(Self.texts(received) == [#"{"text":"Resumen 2026-11-30 (es) para &lt;!channel&gt;"}"#])
    }

    @Test func twoServersOnOneDatabasePostOnce() async throws {
        let path = try Self.database()
        _ = try AppDatabase.open(path: path)
        let (outcomes, received) = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            let clock = ManualClock(Self.utc("2026-11-30T09:00:00Z"), stopAt: Self.utc("2026-12-30T00:00:00Z"))
            let outcomes = try await withThrowingTaskGroup(of: DigestScheduler.Outcome.self) { group in
                for index in 0..<6 {
                    // Each with its own connection pool on the file, as separate processes would be.
                    let scheduler = try Self.scheduler(url: url, store: AppDatabase.open(path: path), clock: clock, owner: "server \(index)")
                    group.addTask { await scheduler.runIfDue() }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            return (outcomes, await receiver.received)
        }
        let day = CalendarDay(year: 2026, month: 11, day: 30)!
        #expect(outcomes.filter { $0 == .posted(day) }.count == 1)
        #expect(outcomes.filter { $0 == .alreadyRun(day) }.count == 5)
        #expect(received.count == 1)
    }

    @Test func aFailedPostIsRecordedAndNotRepeated() async throws {
        let path = try Self.database()
        let store = try AppDatabase.open(path: path)
        try await LoopbackReceiver.run(script: [.init(status: .forbidden)]) { url, receiver in
            let clock = ManualClock(Self.utc("2026-11-30T08:30:00Z"), stopAt: Self.utc("2026-11-30T09:00:00Z"))
            let scheduler = try Self.scheduler(url: url, store: store, clock: clock, format: .discord)
            let outcome = await scheduler.runIfDue()
            guard case .failed(let day, let messages) = outcome else {
                Issue.record("expected a failure, got \(outcome)")
                return
            }
            #expect(day == CalendarDay(year: 2026, month: 11, day: 30))
            #expect(messages.count == 1 && messages[0].contains("HTTP 403") && !messages[0].contains(url.path))
            #expect(await scheduler.runIfDue() == .alreadyRun(day))
            #expect(await receiver.received.count == 1)
        }
        let last = try #require(try await store.lastRun(job: "digest"))
        #expect(last.outcome == .failed)
        #expect(last.detail?.contains("discord (127.0.0.1): refused with HTTP 403") == true)
    }

    @Test func claimsAreAtomicPerJobAndDay() async throws {
        let store = try AppDatabase.open(path: try Self.database())
        let day = CalendarDay(year: 2026, month: 11, day: 30)!
        let now = Self.utc("2026-11-30T08:00:00Z")
        #expect(try await store.lastRun(job: "digest") == nil)
        #expect(try await store.claimRun(job: "digest", day: day, at: now, by: "a"))
        #expect(try await !store.claimRun(job: "digest", day: day, at: now, by: "b"))
        #expect(try await store.claimRun(job: "digest", day: day.adding(days: 1), at: now, by: "b"))
        #expect(try await store.claimRun(job: "other", day: day, at: now, by: "c"))
        let last = try #require(try await store.lastRun(job: "digest"))
        #expect(last == ScheduledRun(job: "digest", day: day.adding(days: 1), claimedAt: now, owner: "b", outcome: .started))
    }
}
