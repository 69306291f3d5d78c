import Foundation

/// Where "today" comes from. Injected everywhere so that tests and `--today` are deterministic.
public struct DateProvider: Sendable {
    private let read: @Sendable () -> CalendarDay

    public init(_ read: @escaping @Sendable () -> CalendarDay) { self.read = read }

    public var today: CalendarDay { read() }

    public static func fixed(_ day: CalendarDay) -> DateProvider { DateProvider { day } }

    public static let system = DateProvider { CalendarDay.today() }
}
