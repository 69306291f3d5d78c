import CobradorCore
import Foundation
import PostgresNIO

extension PostgresStore: ScheduleStore {
    /// The (job, day) primary key decides: of any number of processes, one inserts the row.
    public func claimRun(job: String, day: CalendarDay, at: Date, by owner: String) async throws -> Bool {
        try await read { conn in
            try await conn.values(
                """
                INSERT INTO scheduled_run (job, day, claimed_at, owner) VALUES (\(job), \(day.isoString), \(Self.instant(at)), \(owner))
                ON CONFLICT DO NOTHING RETURNING 1
                """, as: Int32.self, logger
            ).count == 1
        }
    }

    public func finishRun(job: String, day: CalendarDay, outcome: ScheduledRun.Outcome, detail: String?) async throws {
        let stamp = Self.instant(clock())
        try await client.query(
            """
            UPDATE scheduled_run SET outcome = \(outcome.rawValue), detail = \(detail), finished_at = \(stamp)
            WHERE job = \(job) AND day = \(day.isoString)
            """, logger: logger)
    }

    public func lastRun(job: String) async throws -> ScheduledRun? {
        let row: (String, String, String, String, String?)? = try await read { conn in
            let rows = try await conn.query(
                """
                SELECT day, claimed_at, owner, outcome, detail FROM scheduled_run WHERE job = \(job) ORDER BY day DESC LIMIT 1
                """, logger: logger)
            for try await row in rows.decode((String, String, String, String, String?).self) { return row }
            return nil
        }
        guard let (dayText, claimedText, owner, outcome, detail) = row else { return nil }
        guard let day = CalendarDay(parsing: dayText), let claimedAt = Self.parseInstant(claimedText) else {
            throw LedgerError.invalid("scheduled_run \(job): unreadable row")
        }
        return ScheduledRun(
            job: job, day: day, claimedAt: claimedAt, owner: owner, outcome: ScheduledRun.Outcome(rawValue: outcome) ?? .started,
            detail: detail)
    }

    /// ISO 8601 in UTC with milliseconds, as the SQLite store writes it.
    static func instant(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    static func parseInstant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
