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
    let advisor: EscalationAdvisor
    let lateFees: LateFeeCalculator
    var understanding: (any MessageUnderstanding)?
    var conversations: [ConversationKey: ConversationState] = [:]
    /// Answers to read-only questions and parses of recent messages, valid while `cacheToken` holds.
    var answers: [String: CachedAnswer] = [:]
    var parses: [String: Understanding] = [:]
    var cacheToken: String?
    var lastRevalidation: ContinuousClock.Instant?

    public init(
        store: any LedgerStore, understanding: any UnderstandingFactory, replies: any ReplyRendering,
        dates: DateProvider, profile: BusinessProfile = .placeholder, policy: EscalationPolicy = .standard,
        lateFees: LateFeeCalculator = LateFeeCalculator()
    ) {
        self.lateFees = lateFees
        self.advisor = EscalationAdvisor(policy: policy)
        self.store = store
        self.factory = understanding
        self.replies = replies
        self.dates = dates
        self.profile = profile
    }

    public func respond(to message: IncomingMessage) async -> BotReply {
        let today = dates.today
        revalidateCaches()
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
        let key = "\(today.ordinal)|\(language?.rawValue ?? "")|\(text)"
        if let known = parses[key] { return known }
        if understanding == nil { try refreshUnderstanding() }
        let u = understanding!.understand(text, today: today, language: language)
        if parses.count >= 2_000 { parses.removeAll(keepingCapacity: true) }
        if text.utf8.count <= 1_000 { parses[key] = u }
        return u
    }

    static let payWords = ["paga", "pagan", "pagara", "pagaran", "pagar", "pay", "pays", "paying", "transfer", "transferira", "wire"]

    func refreshUnderstanding() throws {
        let clients = try store.clients()
        understanding = factory.make(clients: clients, invoiceNumbers: try store.invoiceNumbers())
    }

    func reply(_ key: String, _ u: Understanding, _ context: [String: Any] = [:], state: ConversationState,
               intent: String? = nil, changed: Bool = false) -> BotReply {
        BotReply(
            text: replies.render(key, u.language, context, variation: state.turn), intent: intent ?? u.intent,
            language: u.language, changedData: changed)
    }

    func handle(_ parsed: Understanding, message: IncomingMessage, state: inout ConversationState, today: CalendarDay) throws -> BotReply {
        let (resolved, early) = resolveContext(parsed, state: &state)
        if let early { return early }
        guard var u = resolved else { return reply("fallback", parsed, state: state, intent: "fallback") }
        // A contact or a payment being reported happened in the past: "el 24 de octubre" is last October.
        // "hablé con Jared, pagan el viernes": a contact that reports a future payment date is a promise.
        if u.intent == "log_contact", let date = u.dates.first, date > today, TextTools.containsAny(u.text, Self.payWords) {
            u.intent = "promise_to_pay"
        }
        // A contact or a payment being reported happened in the past: "el 24 de octubre" (said in
        // November) is last October; a date only days ahead is more likely a slip, and is refused below.
        if ["log_contact", "record_payment"].contains(u.intent) {
            u.dates = u.dates.map { $0 > today.adding(days: 31) && $0.adding(months: -12) <= today ? $0.adding(months: -12) : $0 }
        }
        let actor = Actor(
            user: message.conversation.user,
            channel: [message.conversation.channel, message.conversation.team, message.conversation.room]
                .filter { !$0.isEmpty }.joined(separator: "/"))
        let t = Turn(u: u, today: today, canWrite: message.canWrite, actor: actor)
        let chart = message.conversation.channel == "terminal"
        let cacheKey = answerCacheKey(u, chart: chart)
        let result: BotReply
        if let cacheKey, let hit = answers[cacheKey] {
            result = hit.reply
            if let id = hit.clientID { state.lastClientID = id }
        } else {
            result = try dispatch(u, t, chart: chart, state: &state)
            if let cacheKey, !result.changedData {
                answers[cacheKey] = CachedAnswer(reply: result, clientID: state.lastClientID)
                if answers.count > 2_000 { answers.removeAll(keepingCapacity: true) }
            }
        }
        if !["confirm", "deny", "undo", "greet", "thanks", "help", "fallback"].contains(u.intent) {
            state.lastIntent = u.intent
            state.lastUnderstanding = u
        }
        if u.intent != "draft_reminder" && u.intent != "log_contact" { state.lastDraftClientID = nil }
        return result
    }

    func dispatch(_ u: Understanding, _ t: Turn, chart: Bool, state: inout ConversationState) throws -> BotReply {
        switch u.intent {
        case "who_owes": return try whoOwes(u, state: state, today: t.today, chart: chart)
        case "list_overdue": return try listOverdue(t, state: &state)
        case "client_status": return try clientStatus(t, state: &state)
        case "next_step": return try nextStep(t, state: &state)
        case "agenda": return try agenda(t, state: &state)
        case "draft_reminder": return try draftReminder(t, state: &state)
        case "demand_letter": return try demandLetter(t, state: &state)
        case "late_fee": return try lateFee(t, state: &state)
        case "record_payment": return try recordPayment(t, state: &state)
        case "log_contact": return try logContact(t, state: &state)
        case "promise_to_pay": return try promiseToPay(t, state: &state)
        case "add_invoice": return try addInvoice(t, state: &state)
        case "update_contact": return try updateContact(t, state: &state)
        case "pause_followup": return try pauseFollowUp(t, state: &state)
        case "check_tone": return try checkTone(t, state: &state)
        case "undo": return try undoLast(t, state: &state)
        case "confirm", "deny": return reply("confirm.nothing_pending", u, state: state)
        case "help": return reply("help", u, state: state)
        case "greet": return reply("greet", u, state: state)
        case "thanks": return reply("thanks", u, state: state)
        case "prevention_tips": return reply("prevention_tips", u, state: state)
        default: return reply("fallback", u, state: state, intent: "fallback")
        }
    }
}
