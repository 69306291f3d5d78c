import Foundation

extension DayFormatter {
    /// "30 nov" / "Nov 30": for table rows, where the long form does not fit.
    public static func short(_ day: CalendarDay, _ language: Language) -> String {
        let c = day.components
        switch language {
        case .es: return "\(c.day) \(spanishMonths[c.month - 1].prefix(3))"
        case .en: return "\(englishMonths[c.month - 1].prefix(3)) \(c.day)"
        }
    }

    /// "30 nov – 6 dic" / "Nov 30 – Dec 6".
    public static func range(_ from: CalendarDay, _ to: CalendarDay, _ language: Language) -> String {
        "\(short(from, language)) – \(short(to, language))"
    }
}
