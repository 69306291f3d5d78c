import Foundation
import CobradorCore

/// The robot: one message in, one reply out, with the conversation's state kept per `ConversationKey`.
/// Every intent has a handler; anything else gets the fallback. It talks to data only through `LedgerStore`.
public actor Bot: ChatEngine {
    let store: any LedgerStore
    let factory: any UnderstandingFactory
    let replies: any ReplyRendering
    let dates: DateProvider
    let profile: BusinessProfile
    var understanding: (any MessageUnderstanding)?
    var conversations: [ConversationKey: ConversationState] = [:]

    public init(
        store: any LedgerStore, understanding: any UnderstandingFactory, replies: any ReplyRendering,
        dates: DateProvider, profile: BusinessProfile = .placeholder
    ) {
        self.store = store
        self.factory = understanding
        self.replies = replies
        self.dates = dates
        self.profile = profile
    }

    public func respond(to message: IncomingMessage) async -> BotReply {
        let today = dates.today
        var state = conversations[message.conversation] ?? ConversationState()
        state.turn += 1
        let reply: BotReply
        do {
            let parsed = try understand(message.text, today: today, language: message.language)
            reply = try handle(parsed, message: message, state: &state, today: today)
        } catch {
            let lang = message.language ?? .es
            reply = BotReply(text: replies.render("error.internal", lang, ["detail": "\(error)"]), intent: "fallback", language: lang)
        }
        conversations[message.conversation] = state
        return reply
    }

    /// Rebuilds the parser's view of clients when it is first needed or after data changed.
    func understand(_ text: String, today: CalendarDay, language: Language?) throws -> Understanding {
        if understanding == nil { try refreshUnderstanding() }
        return understanding!.understand(text, today: today, language: language)
    }

    func refreshUnderstanding() throws {
        let clients = try store.clients()
        var numbers: [String: Int64] = [:]
        for item in try store.openItems() { numbers[item.invoiceNumber] = item.clientID }
        understanding = factory.make(clients: clients, invoiceNumbers: numbers)
    }

    func reply(_ key: String, _ u: Understanding, _ context: [String: Any] = [:], state: ConversationState,
               intent: String? = nil, changed: Bool = false) -> BotReply {
        BotReply(
            text: replies.render(key, u.language, context, variation: state.turn), intent: intent ?? u.intent,
            language: u.language, changedData: changed)
    }

    func handle(_ u: Understanding, message: IncomingMessage, state: inout ConversationState, today: CalendarDay) throws -> BotReply {
        let result: BotReply
        switch u.intent {
        case "who_owes": result = try whoOwes(u, state: state, today: today)
        default: result = reply("fallback", u, state: state, intent: "fallback")
        }
        state.lastIntent = u.intent
        state.lastUnderstanding = u
        return result
    }
}
