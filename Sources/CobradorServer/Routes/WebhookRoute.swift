import CobradorBot
import Hummingbird

/// `POST /webhook`: `{"text", "user"}` → `{"text", "intent"}`, behind a bearer token. The text is
/// returned as the engine wrote it (the caller decides how to show it); 503 if a timeout is set and the
/// engine is slower.
struct WebhookRoute: Sendable {
    let responder: ConversationResponder
    let timeout: Duration?

    func handle(_ request: Request, context: ChatRequestContext) async throws -> WebhookReply {
        let chat = try WebhookMessage.decode(body: context.rawBodyBytes).verifiedRequest()
        guard let reply = await responder.reply(to: chat, within: timeout, logger: context.logger, lateReply: { _ in nil })
        else {
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "5"], message: "The assistant is busy; try again.")
        }
        return WebhookReply(text: reply.text, intent: reply.intent)
    }
}
