import CobradorBot
import CobradorCore
import CobradorServer
import Foundation

/// What `cobrador digest --schedule` prints: the schedule, where it posts (hosts only: a webhook's
/// path is its secret), the next run in the schedule's zone and in UTC, and the last recorded run.
struct ScheduleReport {
    let schedule: DigestSchedule?
    let lastRun: ScheduledRun?
    let now: Date
    let words: Wording

    var text: String {
        guard let schedule else { return words("schedule.none") }
        let next = schedule.nextRun(after: now)
        let run = lastRun.map { run in
            ScheduleReportView.Run(
                day: "\(run.day)", succeeded: run.outcome == .succeeded, failed: run.outcome == .failed, started: run.outcome == .started,
                detail: run.outcome == .failed ? run.detail : nil)
        }
        let view = ScheduleReportView(
            days: days(schedule.days), time: "\(schedule.time)", zone: schedule.timeZone.identifier,
            targets: schedule.targets.map(\.description).joined(separator: ", "), next: Self.local(next, schedule.timeZone),
            utc: Self.utc(next), lastRun: run)
        return words("schedule.report", view)
    }

    private func days(_ days: ScheduleDays) -> String {
        if days == .mondayToFriday { return words("schedule.days.weekdays") }
        if days == .everyDay { return words("schedule.days.every_day") }
        return days.weekdays.sorted().map { words("schedule.weekday.\($0)") }.joined(separator: ", ")
    }

    /// `2026-12-01 09:00` in the zone: digits only, the same in both languages.
    static func local(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CalendarDay(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
        return "\(day?.isoString ?? "?") \(TimeOfDay(hour: c.hour ?? 0, minute: c.minute ?? 0)?.description ?? "?")"
    }

    static func utc(_ date: Date) -> String { local(date, TimeZone(identifier: "UTC")!) }
}
