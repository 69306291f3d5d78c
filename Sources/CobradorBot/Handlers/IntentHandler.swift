import CobradorNLU

/// Answers one intent. A new intent is a YAML file in `Intents/`, a template in `Responses/` and one
/// type conforming to this, registered in `HandlerRegistry.standard`.
protocol IntentHandler: Sendable {
    func handle(_ turn: Turn, in context: inout HandlerContext) async throws -> BotReply
}
