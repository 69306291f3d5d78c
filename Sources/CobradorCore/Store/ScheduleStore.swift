import Foundation

/// The port for scheduled jobs (the daily digest of `serve`): which job ran on which day.
///
/// `claimRun` is the guard against posting twice: it is atomic across processes sharing the store,
/// so after a restart, or with two `serve` on one database, exactly one caller wins a (job, day).
public protocol ScheduleStore: Sendable {
    /// Records that `job` runs for `day`, unless it already did. True only for the caller that
    /// recorded it; every later call for the same job and day gets false.
    func claimRun(job: String, day: CalendarDay, at: Date, by owner: String) async throws -> Bool
    /// Records how a claimed run ended (`detail` is safe to show: no webhook URL, no secret).
    func finishRun(job: String, day: CalendarDay, outcome: ScheduledRun.Outcome, detail: String?) async throws
    /// The latest claimed run of `job`, nil if it never ran.
    func lastRun(job: String) async throws -> ScheduledRun?
}

/// One claimed run of a scheduled job.
public struct ScheduledRun: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// Claimed, not finished (running now, or the process stopped half-way).
        case started
        case succeeded
        case failed
    }

    public var job: String
    public var day: CalendarDay
    public var claimedAt: Date
    public var owner: String
    public var outcome: Outcome
    public var detail: String?

    public init(job: String, day: CalendarDay, claimedAt: Date, owner: String, outcome: Outcome, detail: String? = nil) {
        self.job = job
        self.day = day
        self.claimedAt = claimedAt
        self.owner = owner
        self.outcome = outcome
        self.detail = detail
    }
}
