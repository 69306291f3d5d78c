import Foundation

/// Runs the advisor over every client and orders the day's work.
public struct AgendaPlanner: Sendable {
    public var advisor: EscalationAdvisor
    /// Promises falling due within this many days are listed apart, so the user expects the money.
    public var promiseHorizonDays: Int

    public init(advisor: EscalationAdvisor = EscalationAdvisor(), promiseHorizonDays: Int = 7) {
        self.advisor = advisor
        self.promiseHorizonDays = promiseHorizonDays
    }

    public func plan(_ files: [ClientFile], today: CalendarDay) -> Agenda {
        let items = files.map { AgendaItem(advice: advisor.advise($0, today: today)) }
        let horizon = today.adding(days: promiseHorizonDays)

        let actions = items.filter { $0.advice.status == .actionToday }.sorted(by: Self.moreUrgent)
        let waitingAll = items.filter { $0.advice.status == .waiting }
        let promises = waitingAll.filter { ($0.promisedFor.map { $0 <= horizon }) ?? false }
            .sorted { ($0.promisedFor!, $0.clientName) < ($1.promisedFor!, $1.clientName) }
        let promiseIDs = Set(promises.map(\.clientID))
        let waiting = waitingAll.filter { !promiseIDs.contains($0.clientID) }.sorted {
            ($0.advice.checkAgainOn ?? today, $0.clientName) < ($1.advice.checkAgainOn ?? today, $1.clientName)
        }
        let paused = items.filter { $0.advice.status == .paused }
            .sorted { ($0.pausedSince ?? today, $0.clientName) < ($1.pausedSince ?? today, $1.clientName) }
        return Agenda(today: today, actions: actions, promisesDueSoon: promises, waiting: waiting, paused: paused)
    }

    /// Higher rung first, then more days overdue, then the larger amount. Amounts are only compared
    /// within a currency; across currencies the order falls back to the currency code, never to a
    /// comparison of numbers in different units.
    static func moreUrgent(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        if a.stage != b.stage { return a.stage > b.stage }
        if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
        switch (a.amount, b.amount) {
        case let (x?, y?):
            if x.currency != y.currency { return x.currency < y.currency }
            if x.minorUnits != y.minorUnits { return x.minorUnits > y.minorUnits }
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): break
        }
        return (a.clientName, a.clientID) < (b.clientName, b.clientID)
    }
}
