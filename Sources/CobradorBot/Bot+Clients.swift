import CobradorCore
import Foundation

extension Bot {
    enum ClientLookup {
        case found(ClientFile)
        case answered(BotReply)
    }

    /// Finds the client a message is about: named, through an invoice number, or (for questions only)
    /// the one the conversation was about. An ambiguous name gets a choice, a missing one a question:
    /// money is never applied to a guessed client.
    func lookUpClient(_ u: Understanding, state: inout ConversationState, useContext: Bool) throws -> ClientLookup {
        if u.clientIDs.isEmpty, !u.ambiguousClients.isEmpty {
            let names = try clientNames()
            let choices = u.ambiguousClients.filter { names[$0] != nil }
            state.clientChoices = choices
            let list = choices.compactMap { names[$0] }
            let joined = Self.orList(list, u.language)
            return .answered(ask(.client, u, key: "client.ambiguous", context: ["choices": joined], state: &state))
        }
        if let id = u.clientIDs.first, let file = try store.clientFile(id: id) {
            state.lastClientID = id
            return .found(file)
        }
        for number in u.invoiceNumbers {
            if let invoice = try store.invoice(number: number), let file = try store.clientFile(id: invoice.clientID) {
                state.lastClientID = invoice.clientID
                return .found(file)
            }
        }
        if !u.invoiceNumbers.isEmpty {
            return .answered(reply("invoice.unknown", u, ["number": u.invoiceNumbers[0]], state: state))
        }
        if useContext, let id = state.lastClientID, let file = try store.clientFile(id: id) { return .found(file) }
        let clients = try store.clients()
        if clients.isEmpty { return .answered(reply("client.none_on_record", u, state: state)) }
        let examples = clients.prefix(3).map(\.name)
        return .answered(ask(.client, u, key: "client.which", context: ["examples": Self.orList(examples, u.language)], state: &state))
    }

    func clientNames() throws -> [Int64: String] {
        Dictionary(try store.clients().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// "A, B o C" / "A, B or C".
    static func orList(_ items: [String], _ lang: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (lang == .es ? " o " : " or ") + items.last!
    }

    /// "A, B y C" / "A, B and C".
    static func andList(_ items: [String], _ lang: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (lang == .es ? " y " : " and ") + items.last!
    }
}
