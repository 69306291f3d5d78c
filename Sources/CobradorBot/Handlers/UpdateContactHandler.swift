import CobradorCore
import CobradorNLU
import Foundation

/// "El email de Acme es facturas@acme.es": adds the emails, phones and people named to the client.
struct UpdateContactHandler: IntentHandler {
    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        let u = t.u
        guard t.canWrite else { return try context.writeRefused(t) }
        let file: ClientFile
        switch try await context.lookUpClient(u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        var contacts: [ClientContact] = u.emails.map { ClientContact(kind: .email, value: $0) }
        contacts += u.phones.map { ClientContact(kind: .phone, value: $0) }
        contacts += u.people.map { ClientContact(kind: .person, value: $0) }
        guard !contacts.isEmpty else {
            var pending = u
            pending.clientIDs = [file.client.id]
            return try context.ask(.email, pending, key: "contact_update.what", ClientView(client: file.client.name))
        }
        let done = ContactAddedView(client: file.client.name, added: try context.andList(contacts.map(\.value), t.lang))
        return try await context.commit(
            contacts.map { .addContact(clientID: file.client.id, contact: $0) }, t, doneKey: "contact_update.done", done: done)
    }
}
