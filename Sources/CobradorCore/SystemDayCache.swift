import Synchronization

/// The last computed day and when it was computed.
final class SystemDayCache: Sendable {
    private let state = Mutex<(day: CalendarDay, at: ContinuousClock.Instant)?>(nil)

    func today() -> CalendarDay {
        let now = ContinuousClock.now
        if let known = state.withLock({ $0 }), now - known.at < .seconds(1) { return known.day }
        let day = CalendarDay.today()
        state.withLock { $0 = (day, now) }
        return day
    }
}
