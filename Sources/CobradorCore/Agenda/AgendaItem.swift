import Foundation

/// One client's line in the agenda, with the advice behind it.
public struct AgendaItem: Hashable, Sendable, Codable {
    public var advice: FollowUpAdvice

    public init(advice: FollowUpAdvice) { self.advice = advice }

    public var clientID: Int64 { advice.clientID }
    public var clientName: String { advice.clientName }
    public var stage: FollowUpStage { advice.stage }
    public var daysOverdue: Int { advice.worstDaysOverdue }
    /// What is left on the deciding invoice.
    public var amount: Money? { advice.worstInvoice?.outstanding }

    /// The pending promise, if the client is waiting on one.
    public var promisedFor: CalendarDay? {
        for reason in advice.reasons {
            if case .promisePending(let day, _, _) = reason { return day }
        }
        return nil
    }

    /// Since when the ladder is held, if it is (the earliest pause among the reasons).
    public var pausedSince: CalendarDay? {
        guard advice.status == .paused else { return nil }
        return advice.reasons.compactMap { reason -> CalendarDay? in
            if case .paused(_, let since, _, _) = reason { return since }
            return nil
        }.min()
    }
}
