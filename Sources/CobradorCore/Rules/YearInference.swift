import Foundation

/// The year of a day said without one, for something that already happened: a payment received or a
/// contact made. "El 24 de octubre" said in November is this October; "el 15 de enero" said in
/// November is last January. A day only days ahead is more likely a slip, and is left for the caller
/// to refuse as a future date.
public enum YearInference {
    /// Further ahead than this, a past event's day is read as the same day a year earlier.
    public static let slipDays = 31

    public static func pastEvent(_ day: CalendarDay, today: CalendarDay) -> CalendarDay {
        let yearBefore = day.adding(months: -12)
        return day > today.adding(days: slipDays) && yearBefore <= today ? yearBefore : day
    }
}
