import CobradorNLU
import Foundation

/// Help, greetings, thanks and the prevention tips: a reply that depends on nothing but the language.
struct FixedReplyHandler: IntentHandler {
    let key: String

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        try context.reply(key, t.u)
    }
}
