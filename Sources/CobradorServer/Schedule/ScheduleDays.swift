import Foundation

/// The days a job runs on, as ISO weekdays (1 = Monday … 7 = Sunday): `weekdays`, `daily`, or a
/// list of day names (`[mon, wed, fri]`; Spanish `lun`, `mié`… too).
public struct ScheduleDays: Hashable, Sendable, CustomStringConvertible {
    public let weekdays: Set<Int>

    public init?(_ weekdays: Set<Int>) {
        guard !weekdays.isEmpty, weekdays.allSatisfy({ (1...7).contains($0) }) else { return nil }
        self.weekdays = weekdays
    }

    public static let everyDay = ScheduleDays(Set(1...7))!
    public static let mondayToFriday = ScheduleDays(Set(1...5))!

    /// `weekdays` / `laborables`, `daily` / `diario`, or one day name.
    public init?(named name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "weekdays", "workdays", "laborables", "lunes a viernes", "mon-fri": self = .mondayToFriday
        case "daily", "every day", "everyday", "diario", "todos los días", "todos": self = .everyDay
        case let other:
            guard let day = Self.weekday(other) else { return nil }
            self.init([day])
        }
    }

    /// A list of day names; nil when one is not a day (see `weekday(_:)`).
    public init?(names: [String]) {
        var days = Set<Int>()
        for name in names {
            guard let day = Self.weekday(name) else { return nil }
            days.insert(day)
        }
        self.init(days)
    }

    public func contains(_ isoWeekday: Int) -> Bool { weekdays.contains(isoWeekday) }

    private static let names: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4,
        "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6, "sun": 7, "sunday": 7,
        "lun": 1, "lunes": 1, "mar": 2, "martes": 2, "mie": 3, "mié": 3, "miercoles": 3, "miércoles": 3, "jue": 4, "jueves": 4,
        "vie": 5, "viernes": 5, "sab": 6, "sáb": 6, "sabado": 6, "sábado": 6, "dom": 7, "domingo": 7,
    ]

    /// The ISO weekday of an English or Spanish day name or abbreviation.
    public static func weekday(_ name: String) -> Int? {
        names[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    private static let short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `weekdays`, `daily`, or the days in order: `mon, wed, fri`.
    public var description: String {
        if self == .mondayToFriday { return "weekdays" }
        if self == .everyDay { return "daily" }
        return weekdays.sorted().map { Self.short[$0 - 1] }.joined(separator: ", ")
    }
}
