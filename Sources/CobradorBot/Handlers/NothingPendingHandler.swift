import CobradorNLU
import Foundation

/// "Sí" or "no" when nothing waits for confirmation.
struct NothingPendingHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        try context.reply("confirm.nothing_pending", t.u)
    }
}
