import Foundation

/// The `Date` header's format (RFC 5322 §3.3): `Mon, 30 Nov 2026 09:00:00 +0100`, in English
/// whatever the locale, with the offset of the given zone at that instant.
enum MailDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let offset = zone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let weekday = weekdays[(c.weekday ?? 1) - 1]
        let month = months[(c.month ?? 1) - 1]
        return "\(weekday), \(two(c.day ?? 1)) \(month) \(c.year ?? 1970) \(two(c.hour ?? 0)):\(two(c.minute ?? 0)):\(two(c.second ?? 0)) "
            + "\(sign)\(two(abs(offset) / 60))\(two(abs(offset) % 60))"
    }
}
