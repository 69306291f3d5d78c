import CobradorCore

/// One message being answered: what it says and the facts of the moment.
struct Turn {
    var u: Understanding
    var today: CalendarDay
    var canWrite: Bool
    var actor: Actor

    var lang: Language { u.language }
}
