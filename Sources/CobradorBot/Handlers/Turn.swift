import CobradorCore
import CobradorNLU

/// One message being answered: what it says and the facts of the moment.
struct Turn: Sendable {
    var u: Understanding
    var today: CalendarDay
    var canWrite: Bool
    var actor: Actor
    /// The channel shows a small chart under ageing figures (the terminal).
    var supportsCharts = false

    var lang: Language { u.language }
    var intent: IntentName { u.intent }
}
