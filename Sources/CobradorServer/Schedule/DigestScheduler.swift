import CobradorCore
import CobradorOutbound
import Foundation
import Logging
import ServiceLifecycle

/// Posts the digest on its schedule while `serve` runs: no cron. Each run is claimed in the store
/// first (`ScheduleStore.claimRun`), so a restart, or a second `serve` on the same database, never
/// posts the same day twice; a run missed while the server was down is made on start, the same
/// day only.
///
/// Time is injected (`now`, `sleep`): tests drive a clock of their own.
public struct DigestScheduler: Service {
    public typealias Clock = @Sendable () -> Date
    public typealias Sleep = @Sendable (Duration) async throws -> Void
    /// The digest text for a day, in a language (the Bot's `digest`).
    public typealias Digest = @Sendable (CalendarDay, Language) async throws -> String

    /// What one look at the clock did.
    public enum Outcome: Hashable, Sendable {
        /// Not a run day, or its time has not come.
        case notDue
        /// Another process (or an earlier start) already ran it that day.
        case alreadyRun(CalendarDay)
        case posted(CalendarDay)
        /// Claimed, but at least one post failed (the messages name the chat, never the URL).
        case failed(CalendarDay, [String])
        /// The store could not be asked; tried again at the next look.
        case storeUnavailable(String)
    }

    /// The longest single sleep: the clock is looked at again at least this often (a suspended
    /// machine, a clock set by hand).
    public static let maxNap: Duration = .seconds(600)

    let schedule: DigestSchedule
    let store: any ScheduleStore
    let digest: Digest
    let poster: WebhookPoster
    let language: Language
    let now: Clock
    let sleep: Sleep
    let owner: String
    let logger: Logger

    /// - Parameters:
    ///   - language: the digest's language when the schedule does not name one.
    ///   - owner: who claims the runs, shown in `digest --schedule` (default: host and pid).
    public init(
        schedule: DigestSchedule, store: any ScheduleStore, digest: @escaping Digest, poster: WebhookPoster = WebhookPoster(),
        language: Language, now: @escaping Clock = { Date() }, sleep: @escaping Sleep = { try await Task.sleep(for: $0) },
        owner: String = DigestScheduler.defaultOwner, logger: Logger = Logger(label: "cobrador.schedule")
    ) {
        self.schedule = schedule
        self.store = store
        self.digest = digest
        self.poster = poster
        self.language = schedule.language ?? language
        self.now = now
        self.sleep = sleep
        self.owner = owner
        self.logger = logger
    }

    public static var defaultOwner: String {
        "\(ProcessInfo.processInfo.hostName) pid \(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Until graceful shutdown (or cancellation): look, post when due, sleep until the next run.
    public func run() async throws {
        logger.info(
            "digest schedule",
            metadata: ["schedule": "\(schedule)", "next_run": "\(Self.iso(schedule.nextRun(after: now())))"])
        do {
            try await cancelWhenGracefulShutdown {
                // The day already dealt with by this process: looked at again every `maxNap`, not claimed again.
                var handled: CalendarDay?
                while !Task.isCancelled {
                    if let day = schedule.dueDay(at: now()), day != handled {
                        if case .storeUnavailable = await runIfDue() {} else { handled = day }
                    }
                    try await sleep(napLength(at: now()))
                }
            }
        } catch is CancellationError {
            return
        }
    }

    /// How long to sleep at `date`: until the next run, at most `maxNap`, at least a millisecond.
    func napLength(at date: Date) -> Duration {
        let seconds = schedule.nextRun(after: date).timeIntervalSince(date)
        let wait = Duration.milliseconds(Int64((seconds * 1000).rounded(.up)))
        return min(max(wait, .milliseconds(1)), Self.maxNap)
    }

    /// Posts today's digest if its time has come and no one has posted it yet.
    @discardableResult
    public func runIfDue() async -> Outcome {
        let date = now()
        guard let day = schedule.dueDay(at: date) else { return .notDue }
        let won: Bool
        do {
            won = try await store.claimRun(job: DigestSchedule.jobName, day: day, at: date, by: owner)
        } catch {
            logger.error("digest schedule: cannot record the run", metadata: ["day": "\(day)", "error": "\(error)"])
            return .storeUnavailable("\(error)")
        }
        guard won else {
            logger.info("digest already posted", metadata: ["day": "\(day)"])
            return .alreadyRun(day)
        }
        var failures: [String] = []
        var text: String?
        do {
            text = try await digest(day, language)
        } catch {
            logger.error("digest schedule: cannot write the digest", metadata: ["day": "\(day)", "error": "\(error)"])
            failures.append("digest: \(error)")
        }
        for target in schedule.targets {
            guard let text else { break }
            do {
                let report = try await poster.post(ChatEscaper.escape(text, for: target.format), to: target.url, format: target.format)
                logger.info(
                    "digest posted",
                    metadata: [
                        "day": "\(day)", "to": "\(target)", "messages": "\(report.messages)", "attempts": "\(report.attempts)",
                    ])
            } catch {
                logger.error("digest post failed", metadata: ["day": "\(day)", "to": "\(target)", "error": "\(error)"])
                failures.append("\(target): \(error)")
            }
        }
        do {
            try await store.finishRun(
                job: DigestSchedule.jobName, day: day, outcome: failures.isEmpty ? .succeeded : .failed,
                detail: failures.isEmpty ? "\(schedule.targets.count) post(s)" : failures.joined(separator: "; "))
        } catch {
            logger.error("digest schedule: cannot record the outcome", metadata: ["day": "\(day)", "error": "\(error)"])
        }
        return failures.isEmpty ? .posted(day) : .failed(day, failures)
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
