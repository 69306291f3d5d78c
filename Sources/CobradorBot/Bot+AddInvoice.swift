import CobradorCore
import Foundation

extension Bot {
    func addInvoice(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        var u = t.u
        let lang = t.lang
        guard t.canWrite else { return reply("write.refused", u, state: state) }
        var clientID: Int64 = 0
        var clientName = u.newClientName ?? ""
        if u.newClientName == nil {
            if u.clientIDs.isEmpty && u.ambiguousClients.isEmpty {
                return ask(.newClient, u, key: "invoice_add.which_client", state: &state)
            }
            switch try lookUpClient(u, state: &state, useContext: false) {
            case .answered(let r): return r
            case .found(let f):
                clientID = f.client.id
                clientName = f.client.name
                u.clientIDs = [clientID]
            }
        }
        if clientID != 0, let file = try store.clientFile(id: clientID) {
            u = Self.resolvingBareAmounts(u, currencies: file.invoices.map(\.amount.currency))
        }
        guard let amount = u.amounts.first else {
            return ask(.amount, u, key: "invoice_add.which_amount", context: ["client": clientName], state: &state)
        }
        let recent = try store.recentInvoiceNumbers(limit: 50)
        let number = u.invoiceNumbers.first ?? Self.nextNumber(after: recent, year: t.today.year)
        if try store.invoice(number: number) != nil {
            return reply("error.duplicate_invoice", u, ["number": number], state: state)
        }
        let due = u.dates.first
        let issued = min(t.today, due ?? t.today)
        var warnings: [String] = []
        if due == nil { warnings.append(replies.render("invoice_add.warn_no_due", lang)) }
        warnings.append(replies.render("invoice_add.warn_terms", lang))
        let change = LedgerChange.addInvoice(NewInvoice(
            number: number, clientID: clientID, issued: issued, due: due, amount: amount,
            newClientName: u.newClientName))
        let context: [String: Any] = [
            "number": number, "client": clientName, "amount": money(amount, lang),
            "due": due.map { day($0, lang) } ?? "", "warnings": warnings.joined(separator: "\n"),
            "new_client": u.newClientName != nil ? "yes" : "",
        ]
        if u.newClientName != nil {
            return confirmFirst([change], t, questionKey: "invoice_add.confirm_new_client", context: context,
                                doneKey: "invoice_add.done", state: &state)
        }
        return try commit([change], t, doneKey: "invoice_add.done", done: context, state: &state)
    }

    /// F-2026-110 → F-2026-111, keeping the prefix and zero padding of the highest recent number.
    static func nextNumber(after recent: [String], year: Int) -> String {
        func split(_ n: String) -> (prefix: String, digits: String) {
            let digits = String(n.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
            return (String(n.dropLast(digits.count)), digits)
        }
        guard let newest = recent.first else { return "F-\(year)-001" }
        let prefix = split(newest).prefix
        var best = (value: -1, width: 1)
        for n in recent {
            let (p, d) = split(n)
            guard p == prefix, let v = Int(d), v > best.value else { continue }
            best = (v, d.count)
        }
        guard best.value >= 0 else { return newest + "-2" }
        let next = String(best.value + 1)
        return prefix + String(repeating: "0", count: max(0, best.width - next.count)) + next
    }
}
