import CobradorCore
import CobradorServer
import Foundation

/// What `cobrador digest --schedule` prints: the schedule, where it posts (hosts only: a webhook's
/// path is its secret), the next run in the schedule's zone and in UTC, and the last recorded run.
struct ScheduleReport {
    let schedule: DigestSchedule?
    let lastRun: ScheduledRun?
    let now: Date
    let language: Language

    var text: String {
        let es = language == .es
        guard let schedule else {
            return es
                ? "No hay resumen programado: añade una sección schedule: digest: al fichero de configuración (ver README)."
                : "No digest is scheduled: add a schedule: digest: section to the settings file (see the README)."
        }
        let next = schedule.nextRun(after: now)
        var lines = [
            (es ? "Resumen programado: " : "Digest schedule: ") + "\(days(schedule.days)) "
                + (es ? "a las " : "at ") + "\(schedule.time) (\(schedule.timeZone.identifier))",
            (es ? "Publica en: " : "Posts to: ") + schedule.targets.map(\.description).joined(separator: ", "),
            (es ? "Próxima ejecución: " : "Next run: ") + Self.local(next, schedule.timeZone) + " (\(Self.utc(next)) UTC)",
        ]
        if let lastRun {
            let outcome: String
            switch (lastRun.outcome, es) {
            case (.succeeded, true): outcome = "publicado"
            case (.succeeded, false): outcome = "posted"
            case (.failed, true): outcome = "falló"
            case (.failed, false): outcome = "failed"
            case (.started, true): outcome = "sin terminar"
            case (.started, false): outcome = "not finished"
            }
            let detail = lastRun.outcome == .failed ? lastRun.detail.map { ": \($0)" } ?? "" : ""
            lines.append((es ? "Última ejecución: " : "Last run: ") + "\(lastRun.day) (\(outcome)\(detail))")
        } else {
            lines.append(es ? "Última ejecución: ninguna todavía" : "Last run: none yet")
        }
        return lines.joined(separator: "\n")
    }

    private func days(_ days: ScheduleDays) -> String {
        let es = language == .es
        if days == .mondayToFriday { return es ? "de lunes a viernes" : "Monday to Friday" }
        if days == .everyDay { return es ? "todos los días" : "every day" }
        let names = es ? ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return days.weekdays.sorted().map { names[$0 - 1] }.joined(separator: ", ")
    }

    /// `Tue 2026-12-01 09:00` in the zone (weekday in English for both languages would read oddly, so localised).
    static func local(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CalendarDay(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
        return "\(day?.isoString ?? "?") \(TimeOfDay(hour: c.hour ?? 0, minute: c.minute ?? 0)?.description ?? "?")"
    }

    static func utc(_ date: Date) -> String { local(date, TimeZone(identifier: "UTC")!) }
}
