import CobradorCore
import CobradorNLU
import Foundation

/// "Soylent dice que paga el viernes": records the promise; the ladder waits, and a broken promise
/// moves it up. A promise is an answer from the client, so it also restarts the follow-up clock.
struct PromiseToPayHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let u = t.u
        let lang = t.lang
        guard t.canWrite else { return try context.writeRefused(t) }
        let file: ClientFile
        switch try await context.lookUpClient(u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        guard let date = u.dates.first else {
            var pending = u
            pending.clientIDs = [file.client.id]
            return try context.ask(.date, pending, key: "promise.which_date", ClientView(client: file.client.name))
        }
        if date < t.today { return try context.reply("promise.past_date", DateView(date: context.day(date, lang)), u) }
        let invoiceID = try await context.invoiceID(numbered: u.invoiceNumbers.first)
        let changes: [LedgerChange] = [
            .promise(clientID: file.client.id, invoiceID: invoiceID, promisedFor: date, amount: u.amounts.first, madeOn: t.today),
            .logContact(
                clientID: file.client.id, invoiceID: invoiceID, channel: u.channel ?? .email, outcome: .answered, date: t.today,
                note: u.text),
        ]
        let done = PromiseView(
            client: file.client.name, amount: u.amounts.first.map { context.money($0, lang) }, weekday: DayFormatter.weekday(date, lang),
            date: context.day(date, lang), check: context.day(date.adding(days: 1), lang))
        return try await context.commit(changes, t, doneKey: "promise.done", done: done)
    }
}
