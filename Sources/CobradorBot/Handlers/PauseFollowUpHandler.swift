import CobradorCore
import CobradorNLU
import Foundation

/// "Umbrella disputa la F-2026-061", "pausa Initech hasta el 15", "reanuda Umbrella": stops or
/// resumes the ladder for a client or one of its invoices.
struct PauseFollowUpHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let u = t.u
        let lang = t.lang
        guard t.canWrite else { return try context.writeRefused(t) }
        let file: ClientFile
        switch try await context.lookUpClient(u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        let name = file.client.name
        if u.cues.contains(.resume) {
            guard file.pauses.contains(where: { $0.isActive(on: t.today) }) else {
                return try context.reply("pause.none_active", ClientView(client: name), u)
            }
            return try await context.commit(
                [.resumeFollowUp(clientID: file.client.id, on: t.today)], t, doneKey: "pause.resumed", done: ClientView(client: name))
        }
        let kind = u.pauseKind ?? (u.cues.contains(.dispute) ? .dispute : .pause)
        let until = u.dates.first.flatMap { $0 > t.today ? $0 : nil }
        let invoiceID = try await context.invoiceID(numbered: u.invoiceNumbers.first)
        return try await context.commit(
            [.pause(clientID: file.client.id, invoiceID: invoiceID, kind: kind, from: t.today, until: until, note: u.text)], t,
            doneKey: kind == .dispute ? "pause.dispute_done" : "pause.done",
            done: PauseView(client: name, invoice: u.invoiceNumbers.first, until: until.map { context.day($0, lang) }))
    }
}
