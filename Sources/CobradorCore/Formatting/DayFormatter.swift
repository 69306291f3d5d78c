import Foundation

/// Writes calendar days for people: "15 de diciembre de 2026" / "December 15, 2026".
public enum DayFormatter {
    public static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    public static let spanishWeekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    public static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public static func long(_ day: CalendarDay, _ language: Language) -> String {
        let c = day.components
        switch language {
        case .es: return "\(c.day) de \(spanishMonths[c.month - 1]) de \(c.year)"
        case .en: return "\(englishMonths[c.month - 1]) \(c.day), \(c.year)"
        }
    }

    public static func weekday(_ day: CalendarDay, _ language: Language) -> String {
        let i = day.weekday - 1
        return language == .es ? spanishWeekdays[i] : englishWeekdays[i]
    }

    /// "3 días" / "1 day".
    public static func days(_ count: Int, _ language: Language) -> String {
        switch language {
        case .es: return count == 1 ? "1 día" : "\(count) días"
        case .en: return count == 1 ? "1 day" : "\(count) days"
        }
    }
}
