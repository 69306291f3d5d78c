import Foundation

/// Today's follow-up work across clients, and what is merely waiting.
public struct Agenda: Hashable, Sendable, Codable {
    public var today: CalendarDay
    /// Clients needing a step today, most urgent first.
    public var actions: [AgendaItem]
    /// Clients waiting on a promise that falls within the horizon, soonest first.
    public var promisesDueSoon: [AgendaItem]
    /// Other clients waiting (after a reminder, a call, a later promise), by the day to look again.
    public var waiting: [AgendaItem]
    /// Clients whose ladder is held by a dispute or a pause, oldest pause first.
    public var paused: [AgendaItem]

    public init(
        today: CalendarDay, actions: [AgendaItem], promisesDueSoon: [AgendaItem], waiting: [AgendaItem],
        paused: [AgendaItem]
    ) {
        self.today = today
        self.actions = actions
        self.promisesDueSoon = promisesDueSoon
        self.waiting = waiting
        self.paused = paused
    }

    public var isEmpty: Bool { actions.isEmpty && promisesDueSoon.isEmpty && waiting.isEmpty && paused.isEmpty }
}
