import Foundation

/// "Hablé con Jared, pagan el viernes": a contact being reported that names a day still to come and
/// a paying verb is really the client's promise to pay on that day.
public enum PromiseRecognition {
    public static func isPromise(reportedDay: CalendarDay?, mentionsPaying: Bool, today: CalendarDay) -> Bool {
        guard let reportedDay, mentionsPaying else { return false }
        return reportedDay > today
    }
}
