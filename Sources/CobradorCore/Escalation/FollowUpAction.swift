import Foundation

/// What to do (today, or on `checkAgainOn` for an upcoming step).
public enum FollowUpAction: Hashable, Sendable, Codable, TemplateKeyed {
    case none
    /// A friendly note a few days before the due date.
    case courtesyNote(invoice: String, due: CalendarDay)
    case firstReminder
    case secondReminder
    case changeChannel(ChannelOptions)
    /// `startedOn` is set when a lawyer or a formal letter is already involved: follow up with them.
    case legal(startedOn: CalendarDay?)

    public var stage: FollowUpStage {
        switch self {
        case .none, .courtesyNote: return .notDue
        case .firstReminder: return .firstReminder
        case .secondReminder: return .secondReminder
        case .changeChannel: return .changeChannel
        case .legal: return .legal
        }
    }

    public var key: String {
        switch self {
        case .none: return "action.none"
        case .courtesyNote: return "action.courtesy_note"
        case .firstReminder: return "action.first_reminder"
        case .secondReminder: return "action.second_reminder"
        case .changeChannel(let o): return o.isMissing ? "action.change_channel_missing" : "action.change_channel"
        case .legal(let started): return started == nil ? "action.legal" : "action.legal_follow_up"
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .none, .firstReminder, .secondReminder:
            return [:]
        case .courtesyNote(let invoice, let due):
            return ["invoice": invoice, "due": due.isoString]
        case .changeChannel(let o):
            return [
                "phones": o.phones.joined(separator: ", "),
                "other_emails": o.otherEmails.joined(separator: ", "),
                "other_people": o.otherPeople.joined(separator: ", "),
                "ask_spam": o.askAboutSpam ? "true" : "false",
                "calls_without_answer": String(o.callsWithoutAnswer),
            ]
        case .legal(let started):
            return started.map { ["started_on": $0.isoString] } ?? [:]
        }
    }
}
