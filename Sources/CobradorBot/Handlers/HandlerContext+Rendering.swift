import CobradorCore
import CobradorNLU
import Foundation

extension HandlerContext {
    /// The reply to a message: template `key` filled from `view`, in the message's language; the
    /// conversation's turn picks among the template's variations.
    func reply<View: ReplyView>(
        _ key: String, _ view: View, _ u: Understanding, intent: IntentName? = nil, changed: Bool = false,
        actions: [ReplyAction] = []
    ) throws -> BotReply {
        BotReply(
            text: try replies.render(key, u.language, view, variation: state.turn), intent: (intent ?? u.intent).rawValue,
            language: u.language, changedData: changed, actions: actions)
    }

    /// A reply with nothing to fill in.
    func reply(_ key: String, _ u: Understanding, intent: IntentName? = nil) throws -> BotReply {
        try reply(key, MessageView(), u, intent: intent)
    }

    /// A piece of a reply (a line, a phrase, a label), always its first variation.
    func text<View: ReplyView>(_ key: String, _ view: View, _ lang: Language) throws -> String {
        try replies.render(key, lang, view, variation: 0)
    }

    func text(_ key: String, _ lang: Language) throws -> String { try text(key, MessageView(), lang) }

    func money(_ m: Money, _ lang: Language) -> String { MoneyFormatter.string(m, lang) }

    func day(_ d: CalendarDay, _ lang: Language) -> String { DayFormatter.long(d, lang) }

    /// "1 día", "41 days".
    func days(_ count: Int, _ lang: Language) throws -> String { try text("phrase.days", CountView(count: count), lang) }

    /// "A, B o C" / "A, B or C".
    func orList(_ items: [String], _ lang: Language) throws -> String { try list("list.or", items, lang) }

    /// "A, B y C" / "A, B and C".
    func andList(_ items: [String], _ lang: Language) throws -> String { try list("list.and", items, lang) }

    private func list(_ key: String, _ items: [String], _ lang: Language) throws -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return try text(key, ListView(head: items.dropLast().joined(separator: ", "), last: last), lang)
    }

    /// A button standing for the message `button.ID.message` says, labelled by `button.ID.label`.
    func button(_ id: String, _ lang: Language, client: String? = nil, style: ReplyAction.Style = .plain) throws -> ReplyAction {
        let view = ButtonView(client: client)
        return ReplyAction(
            id: id, label: try text("button.\(id).label", view, lang), message: try text("button.\(id).message", view, lang),
            style: style)
    }

    /// "Sí" / "No" under a question that waits for confirmation.
    func confirmationButtons(_ lang: Language) throws -> [ReplyAction] {
        [try button("confirm", lang, style: .primary), try button("deny", lang)]
    }
}
