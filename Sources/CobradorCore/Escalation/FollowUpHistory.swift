import Foundation

/// The contact events that count for a client's ladder, sorted and classified.
///
/// An event counts only if it happened after the due date of what it is about (a reminder sent before
/// the due date is a courtesy, not a rung), no later than today, and concerns an invoice still being
/// chased or the client as a whole. Events about invoices already paid (or paused) are left out so
/// that an old, settled chase never pushes another invoice up the ladder.
struct FollowUpHistory: Sendable {
    var emails: [ContactEvent] = []
    /// Phone calls or meetings that did not get through: "another channel was tried".
    var otherAttempts: [ContactEvent] = []
    var answers: [ContactEvent] = []
    var legal: [ContactEvent] = []

    init(events: [ContactEvent], considered: [Int64: CalendarDay], clientLevelAfter: CalendarDay, today: CalendarDay) {
        let sorted = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        for e in sorted where e.date <= today {
            if let invoiceID = e.invoiceID {
                guard let due = considered[invoiceID], e.date > due else { continue }
            } else {
                guard e.date > clientLevelAfter else { continue }
            }
            switch (e.channel, e.outcome) {
            case (.letter, _), (.lawyer, _): legal.append(e)
            case (_, .answered): answers.append(e)
            case (.email, _): emails.append(e)
            case (.phone, _), (.meeting, _): otherAttempts.append(e)
            }
        }
    }

    var attempts: [ContactEvent] { (emails + otherAttempts).sorted { ($0.date, $0.id) < ($1.date, $1.id) } }

    /// The highest rung already climbed by `day`. Answers never lower it: the method restarts the
    /// clock on an answer, not the ladder.
    func reachedStage(through day: CalendarDay) -> FollowUpStage {
        if legal.contains(where: { $0.date <= day }) { return .legal }
        if otherAttempts.contains(where: { $0.date <= day }) { return .changeChannel }
        switch emails.filter({ $0.date <= day }).count {
        case 0: return .notDue
        case 1: return .firstReminder
        default: return .secondReminder
        }
    }
}
