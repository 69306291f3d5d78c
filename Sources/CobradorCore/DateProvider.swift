import Foundation

/// Where "today" comes from. Injected everywhere so that tests and `--today` are deterministic.
public struct DateProvider: Sendable {
    private let read: @Sendable () -> CalendarDay

    public init(_ read: @escaping @Sendable () -> CalendarDay) { self.read = read }

    public var today: CalendarDay { read() }

    public static func fixed(_ day: CalendarDay) -> DateProvider { DateProvider { day } }

    /// The machine's date in its time zone. Working it out goes through Calendar, which a busy server
    /// felt on every request; the answer is kept for a second (a day boundary is late by at most that).
    public static let system: DateProvider = {
        let cache = SystemDayCache()
        return DateProvider { cache.today() }
    }()
}
