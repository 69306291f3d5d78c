import CobradorCore
import CobradorNLU

/// "¿Cómo paga Acme?", "is Hooli a late payer?": the client's record (invoices paid, on-time share, days
/// late, promises kept and broken, the trend) and the profile it adds up to.
struct PaymentBehaviourHandler: IntentHandler {
    var settings = PaymentBehaviourSettings.standard

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let file: ClientFile
        switch try await context.lookUpClient(t.u, useContext: true) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let record = PaymentRecord(file: file, asOf: t.today, settings: settings)
        var view = BehaviourView(record, t.lang, settings: settings)
        view.profile = try context.text("behaviour.profile", view, t.lang)
        return try context.reply("behaviour.reply", view, t.u, actions: [try context.button("status", t.lang, client: file.client.name)])
    }
}
