import CobradorCore
import CobradorNLU
import Foundation
import Logging

/// The robot: one message in, one reply out. It keeps only the flow: load the conversation from the
/// `ConversationStore`, resolve the message against it (`ContextResolver`), let the intent's handler
/// answer (`HandlerRegistry`), save the conversation. Data only through `LedgerStore`; wording only
/// through `ReplyRendering`; an internal error reaches the user as a reference, and the log.
public actor Bot: ChatEngine {
    let store: any LedgerStore
    let conversations: any ConversationStore
    let factory: any UnderstandingFactory
    let replies: any ReplyRendering
    let dates: DateProvider
    let profile: BusinessProfile
    let advisor: EscalationAdvisor
    let lateFees: LateFeeCalculator
    let mail: MailSetup
    let handlers: HandlerRegistry
    let resolver = ContextResolver()
    let logger: Logger
    /// How long a conversation is kept after it last changed.
    let conversationLifetime: Duration
    let clock: @Sendable () -> Date

    var understanding: (any MessageUnderstanding)?
    /// The build of `understanding` under way, which messages arriving meanwhile wait for.
    var pendingUnderstanding: Task<(understanding: any MessageUnderstanding, names: String?), any Error>?
    /// The store's names token when `understanding` was built: a payment leaves it, and the parser, alone.
    var understandingNames: String?
    /// Set when the ledger changed: the names token is read before `understanding` serves again.
    var namesMayHaveChanged = false
    var cache = AnswerCache()
    /// Conversations as last loaded or saved, so an unchanged blob is not decoded again.
    var recent: [String: (data: Data, state: ConversationState)] = [:]
    var lastPurge: Date?

    public init(
        store: any LedgerStore, understanding: any UnderstandingFactory, replies: any ReplyRendering,
        dates: DateProvider, profile: BusinessProfile = .placeholder, policy: EscalationPolicy = .standard,
        lateFees: LateFeeCalculator = LateFeeCalculator(), mail: MailSetup = .unconfigured, conversations: (any ConversationStore)? = nil,
        conversationLifetime: Duration = .seconds(24 * 3600), logger: Logger = Logger(label: "cobrador.bot"),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.conversations = conversations ?? InMemoryConversationStore()
        self.factory = understanding
        self.replies = replies
        self.dates = dates
        self.profile = profile
        self.advisor = EscalationAdvisor(policy: policy)
        self.lateFees = lateFees
        self.mail = mail
        self.handlers = .standard
        self.conversationLifetime = conversationLifetime
        self.logger = logger
        self.clock = clock
    }

    public func respond(to message: IncomingMessage) async -> BotReply {
        let today = dates.today
        let key = message.conversation.storageKey
        let language = message.language ?? .es
        var context: HandlerContext
        do {
            try await revalidateCaches()
            context = makeContext(try await loadConversation(key))
        } catch {
            return internalError(error, while: "loading the conversation", language: language, context: makeContext(ConversationState()))
        }
        let loaded = context.state
        context.state.turn += 1
        let reply: BotReply
        do {
            let parsed = try await understand(message.text, today: today, language: message.language)
            reply = try await answer(parsed, message: message, today: today, in: &context)
        } catch {
            reply = internalError(error, while: "answering", language: message.language ?? language, context: context)
        }
        if reply.changedData { forgetCaches() }
        await saveConversation(context.state, loaded: loaded, key: key)
        return reply
    }

    public nonisolated var wording: (any ReplyRendering)? { replies }

    /// Today's agenda followed by the who-owes summary: the daily digest posted to a team chat.
    public func digest(language: Language) async -> String {
        var context = makeContext(ConversationState())
        let agenda = await digestPart(.agenda, language: language, in: &context)
        let whoOwes = await digestPart(.whoOwes, language: language, in: &context)
        let receipts: String
        do {
            receipts = try await ForecastHandler().digest(today: dates.today, language, in: context)
        } catch {
            receipts = internalError(error, while: "the digest's forecast", language: language, context: context).text
        }
        do {
            let view = DigestView(agenda: agenda, whoOwes: whoOwes, receipts: receipts)
            return try replies.render("digest", language, view, variation: 0)
        } catch {
            return internalError(error, while: "the digest", language: language, context: context).text
        }
    }

    func digestPart(_ intent: IntentName, language: Language, in context: inout HandlerContext) async -> String {
        let u = Understanding(text: intent.rawValue, intent: intent, language: language, confidence: 1)
        let t = Turn(u: u, today: dates.today, canWrite: false, actor: Actor(user: "digest", channel: "digest"))
        do {
            return try await handlers.handler(for: intent).handle(t, in: &context).text
        } catch {
            return internalError(error, while: "the digest", language: language, context: context).text
        }
    }

    func makeContext(_ state: ConversationState) -> HandlerContext {
        HandlerContext(
            store: store, replies: replies, advisor: advisor, lateFees: lateFees, profile: profile, mail: mail, logger: logger,
            state: state)
    }

    /// One message in the light of the conversation: a confirmation, a cancellation, or an intent to answer.
    func answer(
        _ parsed: Understanding, message: IncomingMessage, today: CalendarDay, in context: inout HandlerContext
    ) async throws
        -> BotReply
    {
        var u: Understanding
        switch resolver.resolve(parsed, state: &context.state) {
        case .cancel(let key, let language):
            var said = parsed
            said.language = language
            return try context.reply(key, said, intent: .deny)
        case .confirm(let pending):
            var reply = try await context.commitConfirmed(pending, today: today)
            reply.acceptedConfirmation = reply.changedData
            return reply
        case .act(let resolved):
            u = resolved
        }
        if u.intent == .logContact,
            PromiseRecognition.isPromise(reportedDay: u.dates.first, mentionsPaying: u.cues.contains(.pay), today: today)
        {
            u.intent = .promiseToPay
        }
        if u.intent == .logContact || u.intent == .recordPayment {
            u.dates = u.dates.map { YearInference.pastEvent($0, today: today) }
        }
        let conversation = message.conversation
        let actor = Actor(
            user: conversation.user,
            channel: [conversation.channel, conversation.team, conversation.room].filter { !$0.isEmpty }.joined(separator: "/"))
        let t = Turn(u: u, today: today, canWrite: message.canWrite, actor: actor, supportsCharts: message.supportsCharts)
        let cacheKey = AnswerCache.key(u, today: today, chart: t.supportsCharts)
        let reply: BotReply
        if let cacheKey, let hit = cache.answer(cacheKey) {
            reply = hit.reply
            if let id = hit.clientID { context.state.lastClientID = id }
        } else {
            reply = try await handlers.handler(for: u.intent).handle(t, in: &context)
            if let cacheKey, !reply.changedData {
                cache.remember(AnswerCache.Answer(reply: reply, clientID: context.state.lastClientID), for: cacheKey)
            }
        }
        if ![.confirm, .deny, .undo, .greet, .thanks, .help, .fallback].contains(u.intent) {
            context.state.lastIntent = u.intent
            context.state.lastUnderstanding = u
        }
        if u.intent != .draftReminder && u.intent != .logContact { context.state.lastDraftClientID = nil }
        return reply
    }

    /// The parser's view of a message, rebuilt over the current clients when the data changed.
    func understand(_ text: String, today: CalendarDay, language: Language?) async throws -> Understanding {
        let key = AnswerCache.parseKey(text, today: today, language: language)
        if let known = cache.parse(key) { return known }
        if understanding != nil, namesMayHaveChanged {
            namesMayHaveChanged = false
            let names = try await store.namesToken()
            if names == nil || names != understandingNames { understanding = nil }
        }
        let current: any MessageUnderstanding
        if let understanding { current = understanding } else { current = try await buildUnderstanding() }
        let u = current.understand(text, today: today, language: language)
        cache.remember(parse: u, for: key, textLength: text.utf8.count)
        return u
    }

    /// The parser over the store's current names, built once however many messages wait for it: the
    /// store's reads suspend the actor, and each message arriving meanwhile used to start a build of its
    /// own (32 at once read a million invoice numbers 32 times over through PostgreSQL).
    func buildUnderstanding() async throws -> any MessageUnderstanding {
        if let pendingUnderstanding { return try await pendingUnderstanding.value.understanding }
        let store = self.store
        let factory = self.factory
        let build = Task { () async throws -> (understanding: any MessageUnderstanding, names: String?) in
            // The token is read before the names: a change in between only costs one more rebuild.
            let names = try await store.namesToken()
            return (factory.make(clients: try await store.clients(), invoiceNumbers: try await store.invoiceNumbers()), names)
        }
        pendingUnderstanding = build
        defer { pendingUnderstanding = nil }
        let built = try await build.value
        understanding = built.understanding
        understandingNames = built.names
        namesMayHaveChanged = false
        return built.understanding
    }

    /// A polite message with a short reference; the error itself goes to the log only.
    func internalError(_ error: any Error, while doing: String, language: Language, context: HandlerContext) -> BotReply {
        let reference = context.incident(error, while: doing)
        let text = (try? replies.render("error.internal", language, ErrorView(reference: reference), variation: 0)) ?? "ref \(reference)"
        return BotReply(text: text, intent: IntentName.fallback.rawValue, language: language, incident: reference)
    }

    // MARK: - The conversation's memory

    /// How many decoded conversations are kept in memory at most.
    static let recentCapacity = 10_000
    /// Expired conversations are deleted at most this often.
    static let purgeInterval: TimeInterval = 3600

    /// The stored conversation (a fresh one when there is none, it expired, or it cannot be read).
    func loadConversation(_ key: String) async throws -> ConversationState {
        let now = clock()
        await purgeExpired(now: now)
        guard let data = try await conversations.loadConversation(key: key, now: now) else {
            recent[key] = nil
            return ConversationState()
        }
        if let known = recent[key], known.data == data { return known.state }
        do {
            let state = try ConversationState.decode(data)
            remember(key, data, state)
            return state
        } catch {
            // A conversation saved by another version: start afresh rather than fail every message.
            logger.warning("Unreadable conversation dropped", metadata: ["error": "\(error)"])
            return ConversationState()
        }
    }

    /// Saves the conversation when something in it changed (the turn counter alone is not worth a write).
    /// A failure is logged: the reply, and any change it made, stand.
    func saveConversation(_ state: ConversationState, loaded: ConversationState, key: String) async {
        if state.isSame(as: loaded) {
            if let known = recent[key] { recent[key] = (known.data, state) }
            return
        }
        do {
            let data = try state.encoded()
            try await conversations.saveConversation(data, key: key, expiresAt: clock().addingTimeInterval(lifetimeSeconds))
            remember(key, data, state)
        } catch {
            let reference = HandlerContext.newReference()
            logger.error("Saving the conversation failed", metadata: ["ref": "\(reference)", "error": "\(String(reflecting: error))"])
            recent[key] = nil
        }
    }

    var lifetimeSeconds: TimeInterval {
        let (seconds, attoseconds) = conversationLifetime.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    func remember(_ key: String, _ data: Data, _ state: ConversationState) {
        if recent.count >= Self.recentCapacity { recent.removeAll(keepingCapacity: true) }
        recent[key] = (data, state)
    }

    func purgeExpired(now: Date) async {
        if let lastPurge, now.timeIntervalSince(lastPurge) < Self.purgeInterval { return }
        lastPurge = now
        do {
            try await conversations.purgeExpiredConversations(now: now)
        } catch {
            logger.warning("Purging expired conversations failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    // MARK: - Caches

    /// Drops every cache when the store says some other process committed since they were filled.
    func revalidateCaches() async throws {
        guard cache.isDueForCheck(now: ContinuousClock.now) else { return }
        if cache.adopt(token: try await store.changeToken()) { namesMayHaveChanged = true }
    }

    /// After this bot's own writes.
    func forgetCaches() {
        cache.forget()
        namesMayHaveChanged = true
    }
}
