import CobradorCore
import CobradorOutbound
import Foundation
import Testing

@testable import CobradorServer

/// When the digest runs: run days, the time in the schedule's zone, summer time, what is due.
@Suite("Digest schedule")
struct DigestScheduleTests {
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let hook = [(url: Optional("https://hooks.slack.com/services/T0/B0/secret"), format: Optional("slack"))]

    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    static func schedule(_ at: String = "09:00", days: [String]? = ["weekdays"], zone: String? = "Europe/Madrid") throws -> DigestSchedule {
        try DigestSchedule(at: at, days: days, timeZone: zone, targets: hook)
    }

    @Test func nextRunOnWeekdays() throws {
        let s = try Self.schedule()
        // Monday 30 Nov 2026, 07:00 UTC = 08:00 in Madrid → today 09:00 Madrid = 08:00 UTC.
        #expect(s.nextRun(after: Self.utc("2026-11-30T07:00:00Z")) == Self.utc("2026-11-30T08:00:00Z"))
        // At the run instant itself, the next is tomorrow's.
        #expect(s.nextRun(after: Self.utc("2026-11-30T08:00:00Z")) == Self.utc("2026-12-01T08:00:00Z"))
        // Friday after the run → Monday.
        #expect(s.nextRun(after: Self.utc("2026-12-04T12:00:00Z")) == Self.utc("2026-12-07T08:00:00Z"))
        // Saturday → Monday.
        #expect(s.nextRun(after: Self.utc("2026-12-05T07:00:00Z")) == Self.utc("2026-12-07T08:00:00Z"))
    }

    @Test func summerTimeMovesTheUTCInstant() throws {
        let s = try Self.schedule(days: ["daily"])
        // Spain goes to summer time on Sunday 29 March 2026.
        #expect(s.nextRun(after: Self.utc("2026-03-28T09:00:00Z")) == Self.utc("2026-03-29T07:00:00Z"))
        #expect(s.runTime(on: CalendarDay(year: 2026, month: 3, day: 28)!) == Self.utc("2026-03-28T08:00:00Z"))
        #expect(s.runTime(on: CalendarDay(year: 2026, month: 10, day: 25)!) == Self.utc("2026-10-25T08:00:00Z"))
        // 02:30 does not exist on 29 March in Madrid: the run is at the first instant after the gap, once.
        let gap = try Self.schedule("02:30", days: ["daily"])
        let run = try #require(gap.runTime(on: CalendarDay(year: 2026, month: 3, day: 29)!))
        #expect(run >= Self.utc("2026-03-29T01:00:00Z") && run <= Self.utc("2026-03-29T01:30:00Z"))
    }

    @Test func theDayIsTheSchedulesNotTheMachines() throws {
        let tokyo = try Self.schedule("08:00", days: ["daily"], zone: "Asia/Tokyo")
        // 23:30 UTC on 30 Nov is 08:30 on 1 Dec in Tokyo: the run of 1 Dec is due.
        #expect(tokyo.dueDay(at: Self.utc("2026-11-30T23:30:00Z")) == CalendarDay(year: 2026, month: 12, day: 1))
        #expect(tokyo.dueDay(at: Self.utc("2026-11-30T22:30:00Z")) == nil)
    }

    @Test func dueOnlyAfterTheTimeOnARunDay() throws {
        let s = try Self.schedule()
        #expect(s.dueDay(at: Self.utc("2026-11-30T07:59:59Z")) == nil)
        #expect(s.dueDay(at: Self.utc("2026-11-30T08:00:00Z")) == CalendarDay(year: 2026, month: 11, day: 30))
        #expect(s.dueDay(at: Self.utc("2026-11-30T22:59:00Z")) == CalendarDay(year: 2026, month: 11, day: 30))
        // Saturday: nothing is due, and Friday's run is never made up.
        #expect(s.dueDay(at: Self.utc("2026-12-05T12:00:00Z")) == nil)
    }

    @Test func dayLists() throws {
        #expect(try Self.schedule(days: ["mon", "wed", "fri"]).days.weekdays == [1, 3, 5])
        #expect(try Self.schedule(days: ["lunes", "Jueves"]).days.weekdays == [1, 4])
        #expect(try Self.schedule(days: ["daily"]).days == .everyDay)
        #expect(try Self.schedule(days: ["sun"]).days.weekdays == [7])
        #expect(try Self.schedule(days: nil).days == .mondayToFriday)
        #expect(try Self.schedule(days: ["mon", "wed"]).description == "mon, wed at 09:00 (Europe/Madrid) → slack (hooks.slack.com)")
    }

    @Test func badSettingsNameTheirKey() {
        func problem(_ build: () throws -> DigestSchedule) -> (String, ScheduleConfigurationError.Problem)? {
            do {
                _ = try build()
                return nil
            } catch {
                return (error as? ScheduleConfigurationError).map { ($0.key, $0.problem) }
            }
        }
        #expect(problem { try Self.schedule(zone: "Europe/Madird") }! == ("schedule.digest.timezone", .timeZone))
        #expect(problem { try Self.schedule(zone: "Mars/Olympus_Mons") }! == ("schedule.digest.timezone", .timeZone))
        #expect(problem { try Self.schedule("25:00") }! == ("schedule.digest.at", .time))
        #expect(problem { try Self.schedule("9") }! == ("schedule.digest.at", .time))
        #expect(problem { try Self.schedule(days: ["someday"]) }! == ("schedule.digest.days", .days))
        #expect(problem { try Self.schedule(days: ["mon", "funday"]) }! == ("schedule.digest.days", .days))
        #expect(problem { try DigestSchedule(at: "09:00", days: nil, timeZone: "UTC", targets: []) }! == ("schedule.digest.post", .noTarget))
        #expect(
            problem { try DigestSchedule(at: "09:00", days: nil, timeZone: "UTC", targets: [(url: "ftp://x", format: nil)]) }!
                == ("schedule.digest.post.0.url", .url))
        #expect(
            problem { try DigestSchedule(at: "09:00", days: nil, timeZone: "UTC", targets: [(url: "https://x.example/h", format: "irc")]) }!
                == ("schedule.digest.post.0.format", .format))
        #expect(
            problem { try DigestSchedule(at: "09:00", days: nil, timeZone: "UTC", targets: Self.hook, language: "fr") }!
                == ("schedule.digest.language", .language))
        let error = ScheduleConfigurationError(key: "schedule.digest.timezone", value: "Europe/Madird", problem: .timeZone)
        #expect(error.message(.en).hasPrefix(#"schedule.digest.timezone: unknown time zone "Europe/Madird""#))
        #expect(error.message(.es).hasPrefix(#"schedule.digest.timezone: zona horaria desconocida "Europe/Madird""#))
    }

    @Test func timeZonesByName() throws {
        for name in ["Europe/Madrid", "America/Mexico_City", "Atlantic/Canary", "America/Argentina/Buenos_Aires"] {
            #expect(try Self.schedule(zone: name).timeZone.identifier == name)
        }
        // Foundation names UTC "GMT".
        #expect(try Self.schedule(zone: "UTC").timeZone.secondsFromGMT() == 0)
    }
}
