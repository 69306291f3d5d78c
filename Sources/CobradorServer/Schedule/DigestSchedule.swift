import CobradorCore
import CobradorOutbound
import Foundation

/// When `serve` posts the digest and where: `schedule: digest:` in the configuration.
///
///     schedule:
///       digest:
///         at: "09:00"
///         days: weekdays          # daily, or [mon, wed, fri]
///         timezone: Europe/Madrid
///         post:
///           - {url: "https://hooks.slack.com/services/…", format: slack}
public struct DigestSchedule: Hashable, Sendable, CustomStringConvertible {
    public static let jobName = "digest"

    public let time: TimeOfDay
    public let days: ScheduleDays
    public let timeZone: TimeZone
    public let targets: [DigestTarget]
    /// The digest's language; nil: the caller's default.
    public let language: Language?

    public init(time: TimeOfDay, days: ScheduleDays, timeZone: TimeZone, targets: [DigestTarget], language: Language? = nil) {
        self.time = time
        self.days = days
        self.timeZone = timeZone
        self.targets = targets
        self.language = language
    }

    /// From the configuration's text values; each error names its key.
    public init(
        at: String?, days: [String]?, timeZone: String?, targets: [(url: String?, format: String?)], language: String? = nil
    ) throws(ScheduleConfigurationError) {
        let prefix = "schedule.digest"
        guard let at, let time = TimeOfDay(parsing: at) else {
            throw ScheduleConfigurationError(key: "\(prefix).at", value: at ?? "", problem: .time)
        }
        let parsedDays: ScheduleDays?
        switch days {
        case nil: parsedDays = .mondayToFriday
        case let names? where names.count == 1: parsedDays = ScheduleDays(named: names[0])
        case let names?: parsedDays = ScheduleDays(names: names)
        }
        guard let parsedDays else {
            throw ScheduleConfigurationError(key: "\(prefix).days", value: (days ?? []).joined(separator: ", "), problem: .days)
        }
        let zoneName = timeZone?.trimmingCharacters(in: .whitespaces) ?? ""
        let zone: TimeZone?
        if zoneName.isEmpty {
            zone = .current
        } else {
            zone = Self.knownZone(zoneName)
        }
        guard let zone else {
            throw ScheduleConfigurationError(key: "\(prefix).timezone", value: zoneName, problem: .timeZone)
        }
        var parsedTargets: [DigestTarget] = []
        for (index, target) in targets.enumerated() {
            let key = "\(prefix).post.\(index)"
            guard let text = target.url, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                scheme == "https" || scheme == "http", url.host?.isEmpty == false
            else {
                throw ScheduleConfigurationError(key: "\(key).url", value: "", problem: .url)
            }
            let formatName = target.format?.lowercased() ?? ChatFormat.slack.rawValue
            guard let format = ChatFormat(rawValue: formatName) else {
                throw ScheduleConfigurationError(key: "\(key).format", value: formatName, problem: .format)
            }
            parsedTargets.append(DigestTarget(url: url, format: format))
        }
        guard !parsedTargets.isEmpty else {
            throw ScheduleConfigurationError(key: "\(prefix).post", value: "", problem: .noTarget)
        }
        var parsedLanguage: Language?
        if let language {
            guard let known = Language(rawValue: language.lowercased()) else {
                throw ScheduleConfigurationError(key: "\(prefix).language", value: language, problem: .language)
            }
            parsedLanguage = known
        }
        self.init(time: time, days: parsedDays, timeZone: zone, targets: parsedTargets, language: parsedLanguage)
    }

    /// A zone of the tz database by its exact name (or UTC / GMT). `TimeZone(identifier:)` alone
    /// also takes abbreviations and offsets it makes up, so "Europe/Madird" must be checked by name.
    static func knownZone(_ name: String) -> TimeZone? {
        if ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(name) { return TimeZone(identifier: name) }
        let known = TimeZone.knownTimeZoneIdentifiers
        // Without a list to check against, take only names of the Area/Location form.
        guard known.isEmpty ? name.contains("/") : known.contains(name) else { return nil }
        return TimeZone(identifier: name)
    }

    // MARK: - Run times

    /// The calendar day of `date` in the schedule's zone.
    public func day(of date: Date) -> CalendarDay { CalendarDay.today(in: timeZone, now: date) }

    /// The instant of the run on `day`, nil when the schedule does not run that day. A time that
    /// the clocks skip (a spring-forward gap) runs at the first instant after the gap.
    public func runTime(on day: CalendarDay) -> Date? {
        guard days.contains(day.weekday) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
        return calendar.date(from: components)
    }

    /// The first run strictly after `date`.
    public func nextRun(after date: Date) -> Date {
        let today = day(of: date)
        for offset in 0...8 {
            if let run = runTime(on: today.adding(days: offset)), run > date { return run }
        }
        // Not reached: some day of any week is in `days`, and every day has a run time.
        return date.addingTimeInterval(86_400)
    }

    /// The day whose run is due at `date`: today in the schedule's zone, when it is a run day and
    /// its time has come. Yesterday's missed run is never due today.
    public func dueDay(at date: Date) -> CalendarDay? {
        let today = day(of: date)
        guard let run = runTime(on: today), run <= date else { return nil }
        return today
    }

    /// `weekdays at 09:00 (Europe/Madrid) → slack (hooks.slack.com)`: safe to log.
    public var description: String {
        "\(days) at \(time) (\(timeZone.identifier)) → " + targets.map(\.description).joined(separator: ", ")
    }
}
