import CobradorCore
import CobradorNLU
import Foundation

/// "Nueva factura para Initech de 1.200 € que vence el 15/01/2027": registers the invoice, numbered
/// in the client's own series unless a number is given; a new client is created after confirming.
struct AddInvoiceHandler: IntentHandler {
    /// Recent numbers of the whole book looked at to continue a series.
    static let recentNumbers = 50

    func handle(_ t: Turn, in context: inout HandlerContext) async throws -> BotReply {
        guard t.canWrite else { return try context.writeRefused(t) }
        var u = t.u
        let lang = t.lang
        var file: ClientFile?
        if u.newClientName == nil {
            guard u.namesAClient else { return try context.ask(.newClient, u, key: "invoice_add.which_client", MessageView()) }
            switch try await context.lookUpClient(u, useContext: false) {
            case .answered(let reply): return reply
            case .found(let found):
                file = found
                u.clientIDs = [found.client.id]
                u = u.resolvingBareAmounts(currencies: found.invoices.map(\.amount.currency))
            }
        }
        let clientName = file?.client.name ?? u.newClientName ?? ""
        guard let amount = u.amounts.first else {
            return try context.ask(.amount, u, key: "invoice_add.which_amount", ClientView(client: clientName))
        }
        let number: String
        if let given = u.invoiceNumbers.first {
            if try await context.store.invoice(number: given) != nil {
                return try context.reply("error.duplicate_invoice", InvoiceNumberView(number: given), u)
            }
            number = given
        } else {
            number = try await nextFreeNumber(for: file, t, context.store)
        }
        let due = u.dates.first
        var warnings: [String] = []
        if due == nil { warnings.append(try context.text("invoice_add.warn_no_due", lang)) }
        warnings.append(try context.text("invoice_add.warn_terms", lang))
        let change = LedgerChange.addInvoice(
            NewInvoice(
                number: number, clientID: file?.client.id ?? 0, issued: min(t.today, due ?? t.today), due: due, amount: amount,
                newClientName: u.newClientName))
        let view = InvoiceAddedView(
            number: number, client: clientName, amount: context.money(amount, lang), due: due.map { context.day($0, lang) },
            warnings: warnings.joined(separator: "\n"))
        var turn = t
        turn.u = u
        if u.newClientName != nil {
            return try context.confirmFirst(
                [change], turn, questionKey: "invoice_add.confirm_new_client", question: view, done: .invoiceAdded(view))
        }
        return try await context.commit([change], turn, doneKey: "invoice_add.done", done: view)
    }

    /// The next number in the client's series (`InvoiceNumbering`), skipping any already taken.
    func nextFreeNumber(for file: ClientFile?, _ t: Turn, _ store: any LedgerStore) async throws -> String {
        let own = (file?.invoices ?? []).sorted { ($0.issued, $0.id) > ($1.issued, $1.id) }.map(\.number)
        var number = InvoiceNumbering.next(
            clientNumbers: own, recentNumbers: try await store.recentInvoiceNumbers(limit: Self.recentNumbers), year: t.today.year)
        var tries = 0
        while tries < 1_000, try await store.invoice(number: number) != nil {
            number = InvoiceNumbering.successor(of: number)
            tries += 1
        }
        return number
    }
}
