import CobradorCore
import CobradorNLU
import Foundation

/// "¿Qué hago con Umbrella?": the ladder's next step for a client, with the reasons and when to look again.
struct NextStepHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let file):
            let advice = context.advisor.advise(file, today: t.today)
            return BotReply(text: try context.adviceText(advice, t.lang), intent: t.intent.rawValue, language: t.lang)
        }
    }
}
