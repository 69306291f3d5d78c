import CobradorBot
import CobradorCore
import Foundation
import Logging

/// What every chat route shares: turns a verified request into an `IncomingMessage` (with
/// `canWrite` from the allow-list), asks the engine once per delivery, and waits no longer than
/// the route's timeout. A reply that comes later is posted to the `response_url` when possible.
struct ConversationResponder: Sendable {
    let engine: any ChatEngine
    let writers: WriterAllowList
    let language: Language?
    let deduplicator: ReplyDeduplicator
    let delayedReplies: (any DelayedReplyPosting)?
    /// Keeps the turns of one conversation in order where replies go out after the acknowledgement.
    var queue = ConversationQueue()
    /// Counts the answers (intents, fallbacks, confirmations, hidden errors) when metrics are on.
    var metrics: ServerMetrics?

    /// The engine's reply, or nil if it did not come within `timeout`. In that case, for a new
    /// delivery with a `responseURL`, `lateReply` formats the reply when it comes and it is posted there.
    /// A nil timeout waits for the engine (in the request's own task, the fastest path, when there is
    /// no delivery id to deduplicate).
    func reply(
        to request: VerifiedChatRequest,
        within timeout: Duration?,
        logger: Logger,
        lateReply: @escaping @Sendable (BotReply) -> Data?
    ) async -> BotReply? {
        let message = incomingMessage(for: request)
        let engine = self.engine
        if timeout == nil, request.deliveryID == nil {
            let reply = await engine.respond(to: message)
            log(reply, for: request, canWrite: message.canWrite, logger: logger)
            return reply
        }
        let timeout = timeout ?? .seconds(24 * 3600)
        let task: Task<BotReply, Never>
        let isNew: Bool
        if let deliveryID = request.deliveryID {
            (task, isNew) = await deduplicator.task(for: deliveryID) { Task { await engine.respond(to: message) } }
        } else {
            (task, isNew) = (Task { await engine.respond(to: message) }, true)
        }
        if !isNew {
            logger.info("Repeated delivery answered with the earlier reply", metadata: ["platform": "\(request.platform)"])
            // The first delivery timed out and its reply goes to response_url: answer the retry with
            // "working on it" again rather than show the reply twice.
            if let deliveryID = request.deliveryID, await deduplicator.isLatePostScheduled(for: deliveryID) {
                return nil
            }
        }
        if let reply = await Deadline.value(of: task, within: timeout) {
            log(reply, for: request, canWrite: message.canWrite, logger: logger)
            return reply
        }
        logger.warning("The engine is slow; answering later", metadata: ["platform": "\(request.platform)"])
        if isNew, let url = request.responseURL, let poster = delayedReplies {
            if let deliveryID = request.deliveryID {
                await deduplicator.markLatePostScheduled(for: deliveryID)
            }
            Task {
                let reply = await task.value
                metrics?.answered(reply)
                if let json = lateReply(reply) {
                    await poster.postDelayedReply(json: json, to: url)
                }
            }
        }
        return nil
    }

    /// The engine's message for a verified request: `canWrite` from the allow-list, the forced language.
    func incomingMessage(for request: VerifiedChatRequest) -> IncomingMessage {
        IncomingMessage(
            text: request.text,
            conversation: request.conversation,
            canWrite: writers.allows(userID: request.userID, userName: request.userName),
            language: language
        )
    }

    /// Starts the turn after the conversation's earlier ones (native bots: Slack events, button
    /// presses, Teams, Telegram, Discord); the task gives the reply.
    func enqueue(_ request: VerifiedChatRequest, logger: Logger) async -> Task<BotReply, Never> {
        let message = incomingMessage(for: request)
        let engine = self.engine
        return await queue.enqueue(request.conversation) {
            let reply = await engine.respond(to: message)
            log(reply, for: request, canWrite: message.canWrite, logger: logger)
            return reply
        }
    }

    private func log(_ reply: BotReply, for request: VerifiedChatRequest, canWrite: Bool, logger: Logger) {
        metrics?.answered(reply)
        logger.debug(
            "Answered",
            metadata: [
                "platform": "\(request.platform)", "intent": "\(reply.intent)",
                "changed": "\(reply.changedData)", "can_write": "\(canWrite)",
            ]
        )
    }

    /// The "working on it" answer when the engine is slow, in the forced language or both ("es / en").
    func workingOnIt(willPostLater: Bool) -> String {
        let key = willPostLater ? "server.working.later" : "server.working.ask_again"
        guard let language else { return "\(notice(key + "_short", .es)) / \(notice(key + "_short", .en))" }
        return notice(key, language)
    }

    private func notice(_ key: String, _ language: Language) -> String {
        // An engine without templates (a test's stand-in) gets an ellipsis: the route still answers in time.
        (try? engine.wording?.render(key, language, CommandTextView(), variation: 0)) ?? "…"
    }

    var canPostLater: Bool { delayedReplies != nil }
}
