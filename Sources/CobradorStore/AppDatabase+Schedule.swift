import CobradorCore
import Foundation
import GRDB

extension AppDatabase: ScheduleStore {
    /// `INSERT OR IGNORE` on the (job, day) primary key inside SQLite's write lock: of any number
    /// of processes on the same file, one inserts the row and the others change nothing.
    public func claimRun(job: String, day: CalendarDay, at: Date, by owner: String) async throws -> Bool {
        let stamp = Self.instant(at)
        return try await writer.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO scheduled_run (job, day, claimed_at, owner) VALUES (?, ?, ?, ?)",
                arguments: [job, day.isoString, stamp, owner])
            return db.changesCount == 1
        }
    }

    public func finishRun(job: String, day: CalendarDay, outcome: ScheduledRun.Outcome, detail: String?) async throws {
        let stamp = Self.instant(clock())
        try await writer.write { db in
            try db.execute(
                sql: "UPDATE scheduled_run SET outcome = ?, detail = ?, finished_at = ? WHERE job = ? AND day = ?",
                arguments: [outcome.rawValue, detail, stamp, job, day.isoString])
        }
    }

    public func lastRun(job: String) async throws -> ScheduledRun? {
        try await writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT day, claimed_at, owner, outcome, detail FROM scheduled_run WHERE job = ? ORDER BY day DESC LIMIT 1",
                    arguments: [job])
            else { return nil }
            guard let day = CalendarDay(parsing: row["day"]), let claimedAt = Self.parseInstant(row["claimed_at"]) else {
                throw LedgerError.invalid("scheduled_run \(job): unreadable row")
            }
            return ScheduledRun(
                job: job, day: day, claimedAt: claimedAt, owner: row["owner"],
                outcome: ScheduledRun.Outcome(rawValue: row["outcome"]) ?? .started, detail: row["detail"])
        }
    }

    /// ISO 8601 in UTC with milliseconds.
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
