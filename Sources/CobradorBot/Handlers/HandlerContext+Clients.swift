import CobradorCore
import CobradorNLU
import Foundation

/// The client a message is about, or the reply that asks which one.
enum ClientLookup {
    case found(ClientFile)
    case answered(BotReply)
}

extension HandlerContext {
    /// Finds the client a message is about: named, through an invoice number, or (for questions only)
    /// the one the conversation was about. An ambiguous name gets a choice, a missing one a question:
    /// money is never applied to a guessed client.
    mutating func lookUpClient(_ u: Understanding, useContext: Bool) async throws -> ClientLookup {
        if u.clientIDs.isEmpty, !u.ambiguousClients.isEmpty {
            let names = try await clientNames()
            let choices = u.ambiguousClients.filter { names[$0] != nil }
            state.clientChoices = choices
            let view = ClientQuestionView(choices: try orList(choices.compactMap { names[$0] }, u.language))
            return .answered(try ask(.client, u, key: "client.ambiguous", view))
        }
        if let id = u.clientIDs.first, let file = try await store.clientFile(id: id) {
            state.lastClientID = id
            return .found(file)
        }
        for number in u.invoiceNumbers {
            if let invoice = try await store.invoice(number: number), let file = try await store.clientFile(id: invoice.clientID) {
                state.lastClientID = invoice.clientID
                return .found(file)
            }
        }
        if let number = u.invoiceNumbers.first {
            return .answered(try reply("invoice.unknown", InvoiceNumberView(number: number), u))
        }
        if let unknown = try await unknownClientReply(u) { return .answered(unknown) }
        if useContext, let id = state.lastClientID, let file = try await store.clientFile(id: id) { return .found(file) }
        let clients = try await store.clients()
        if clients.isEmpty { return .answered(try reply("client.none_on_record", u)) }
        let examples = try orList(clients.prefix(3).map(\.name), u.language)
        return .answered(try ask(.client, u, key: "client.which", ClientQuestionView(examples: examples)))
    }

    /// A name that is no client ("Stark Industries"): say so and offer the closest names, never another
    /// client's answer. Nil when the message names a known client or no unknown one.
    func unknownClientReply(_ u: Understanding) async throws -> BotReply? {
        guard u.clientIDs.isEmpty, u.ambiguousClients.isEmpty, let name = u.unknownClientNames.first else { return nil }
        let names = try await store.clients().map(\.name)
        let closest = ClientNameSuggestions.closest(to: name, among: names)
        let view = UnknownClientView(name: name, suggestions: closest.isEmpty ? nil : try orList(closest, u.language))
        return try reply("client.unknown", view, u)
    }

    /// The id of the invoice numbered `number`, if there is one.
    func invoiceID(numbered number: String?) async throws -> Int64? {
        guard let number else { return nil }
        return try await store.invoice(number: number)?.id
    }

    func clientNames() async throws -> [Int64: String] {
        Dictionary(try await store.clients().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Asks for a missing piece and remembers what was asked, so the next message can answer it.
    mutating func ask<View: ReplyView>(_ slot: ConversationState.Slot, _ u: Understanding, key: String, _ view: View) throws -> BotReply {
        state.pendingSlot = ConversationState.PendingSlot(understanding: u, slot: slot)
        return try reply(key, view, u)
    }
}
