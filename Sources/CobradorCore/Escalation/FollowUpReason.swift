import Foundation

/// Why the advisor says what it says, as facts the bot renders in the user's language.
public enum FollowUpReason: Hashable, Sendable, Codable, TemplateKeyed {
    /// What restarted the waiting time: the method measures from the latest sign of life.
    public enum ClockCause: String, Hashable, Sendable, Codable {
        case answer, payment, promise
        case pauseEnded = "pause_ended"
    }

    case settled
    case notDueYet(invoice: String, due: CalendarDay, daysUntilDue: Int)
    case daysOverdue(invoice: String, due: CalendarDay, days: Int, outstanding: Money)
    /// The invoice had no due date; the advisor assumed one from the policy's payment term.
    case assumedDueDate(invoice: String, due: CalendarDay, termDays: Int)
    case partialPayment(invoice: String, paid: Money, remaining: Money)
    case courtesyNoteSent(on: CalendarDay)
    /// Reminder emails sent after the due date (earlier ones do not count).
    case remindersSent(dates: [CalendarDay])
    case callsWithoutAnswer(dates: [CalendarDay])
    case lastAnswer(on: CalendarDay, channel: ContactEvent.Channel)
    case clockRestarted(on: CalendarDay, cause: ClockCause)
    case promisePending(promisedFor: CalendarDay, madeOn: CalendarDay, amount: Money?)
    case brokenPromise(promisedFor: CalendarDay, madeOn: CalendarDay, amount: Money?)
    /// `invoice` nil: the whole client is on hold.
    case paused(kind: FollowUpPause.Kind, since: CalendarDay, until: CalendarDay?, invoice: String?)
    case legalStarted(on: CalendarDay, channel: ContactEvent.Channel)
    /// How long the chase has gone on without answer or payment.
    case processDuration(since: CalendarDay, days: Int)
    /// The legal threshold has passed but only email was tried: the method asks for another channel first.
    case otherChannelsNotTried(since: CalendarDay, days: Int)
    case noOtherChannelOnRecord
    /// The client pays on time: a softer first note and `extraDays` more before the second reminder.
    case paysOnTime(sharePercent: Int, invoices: Int, extraDays: Int)
    /// The client pays chronically late: the phone comes after `emailsBeforePhone` unanswered email(s).
    case paysChronicallyLate(medianDaysLate: Int, invoices: Int, emailsBeforePhone: Int)
    /// The client broke promises before: the next one needs a date.
    case promisesBroken(broken: Int, kept: Int)

    public var key: String {
        switch self {
        case .settled: return "reason.settled"
        case .notDueYet: return "reason.not_due_yet"
        case .daysOverdue: return "reason.days_overdue"
        case .assumedDueDate: return "reason.assumed_due_date"
        case .partialPayment: return "reason.partial_payment"
        case .courtesyNoteSent: return "reason.courtesy_note_sent"
        case .remindersSent: return "reason.reminders_sent"
        case .callsWithoutAnswer: return "reason.calls_without_answer"
        case .lastAnswer: return "reason.last_answer"
        case .clockRestarted: return "reason.clock_restarted"
        case .promisePending: return "reason.promise_pending"
        case .brokenPromise: return "reason.broken_promise"
        case .paused: return "reason.paused"
        case .legalStarted: return "reason.legal_started"
        case .processDuration: return "reason.process_duration"
        case .otherChannelsNotTried: return "reason.other_channels_not_tried"
        case .noOtherChannelOnRecord: return "reason.no_other_channel_on_record"
        case .paysOnTime: return "reason.behaviour_on_time"
        case .paysChronicallyLate: return "reason.behaviour_chronic_late"
        case .promisesBroken: return "reason.behaviour_promises_broken"
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .settled, .noOtherChannelOnRecord:
            return [:]
        case .notDueYet(let invoice, let due, let days):
            return ["invoice": invoice, "due": due.isoString, "days": String(days)]
        case .daysOverdue(let invoice, let due, let days, let outstanding):
            return [
                "invoice": invoice, "due": due.isoString, "days": String(days), "amount": outstanding.plainString,
                "currency": outstanding.currency.code,
            ]
        case .assumedDueDate(let invoice, let due, let term):
            return ["invoice": invoice, "due": due.isoString, "term_days": String(term)]
        case .partialPayment(let invoice, let paid, let remaining):
            return [
                "invoice": invoice, "paid": paid.plainString, "remaining": remaining.plainString,
                "currency": paid.currency.code,
            ]
        case .courtesyNoteSent(let day):
            return ["date": day.isoString]
        case .remindersSent(let dates), .callsWithoutAnswer(let dates):
            return [
                "count": String(dates.count), "dates": dates.isoList, "first": dates.first?.isoString ?? "",
                "last": dates.last?.isoString ?? "",
            ]
        case .lastAnswer(let day, let channel):
            return ["date": day.isoString, "channel": channel.rawValue]
        case .clockRestarted(let day, let cause):
            return ["date": day.isoString, "cause": cause.rawValue]
        case .promisePending(let promisedFor, let madeOn, let amount),
            .brokenPromise(let promisedFor, let madeOn, let amount):
            var p = ["promised_for": promisedFor.isoString, "made_on": madeOn.isoString]
            if let amount {
                p["amount"] = amount.plainString
                p["currency"] = amount.currency.code
            }
            return p
        case .paused(let kind, let since, let until, let invoice):
            var p = ["kind": kind.rawValue, "since": since.isoString]
            if let until { p["until"] = until.isoString }
            if let invoice { p["invoice"] = invoice }
            return p
        case .legalStarted(let day, let channel):
            return ["date": day.isoString, "channel": channel.rawValue]
        case .processDuration(let since, let days), .otherChannelsNotTried(let since, let days):
            return ["since": since.isoString, "days": String(days)]
        // `days` and `count` are the names the renderer turns into "7 días" / `count_one`.
        case .paysOnTime(let share, let invoices, let extra):
            return ["share": String(share), "invoices": String(invoices), "days": String(extra)]
        case .paysChronicallyLate(let median, let invoices, let emails):
            return ["days": String(median), "invoices": String(invoices), "emails": String(emails)]
        case .promisesBroken(let broken, let kept):
            return ["count": String(broken), "kept": String(kept)]
        }
    }
}
