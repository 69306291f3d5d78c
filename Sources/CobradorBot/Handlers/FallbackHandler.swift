import CobradorNLU
import Foundation

/// Anything cobrador does not do (or an intent without a handler yet): what it can do instead.
struct FallbackHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        try context.reply("fallback", t.u, intent: .fallback)
    }
}
