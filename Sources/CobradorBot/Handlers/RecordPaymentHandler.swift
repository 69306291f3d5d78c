import CobradorCore
import CobradorNLU
import Foundation

/// "Acme pagó 450 € de la F-2026-088", "Globex paid $1,000": records a payment, partial or full,
/// spread oldest first (`PaymentAllocation`), and asks first when the split is a guess or more than owed.
struct RecordPaymentHandler: IntentHandler {
    func handle(_ turn: Turn, in context: inout HandlerContext) async throws -> BotReply {
        guard turn.canWrite else { return try context.writeRefused(turn) }
        let file: ClientFile
        switch try await context.lookUpClient(turn.u, useContext: false) {
        case .answered(let reply): return reply
        case .found(let found): file = found
        }
        var t = turn
        t.u = t.u.resolvingBareAmounts(currencies: file.invoices.map(\.amount.currency))
        let u = t.u
        let lang = t.lang
        let name = file.client.name
        let date = u.dates.first ?? t.today
        if date > t.today { return try context.reply("payment.future_date", DateView(date: context.day(date, lang)), u) }
        let open = file.openBalances(asOf: t.today)

        if let number = u.invoiceNumbers.first {
            guard let balance = file.balances(asOf: t.today).first(where: { $0.invoice.number.caseInsensitiveCompare(number) == .orderedSame })
            else { return try context.reply("payment.invoice_not_of_client", InvoiceOfClientView(number: number, client: name), u) }
            guard balance.outstanding.isPositive else {
                return try context.reply("payment.already_paid", InvoiceOfClientView(number: balance.invoice.number, client: name), u)
            }
            let amount = u.amounts.first ?? balance.outstanding
            guard let allocation = PaymentAllocation.onInvoice(balance, amount: amount) else {
                let view = CurrencyMismatchView(expected: balance.invoice.amount.currency.code, got: amount.currency.code)
                return try context.reply("error.currency_mismatch", view, u)
            }
            return try await record(allocation, t, client: name, date: date, in: &context)
        }
        guard !open.isEmpty else { return try context.reply("payment.nothing_open", ClientView(client: name), u) }
        guard let amount = u.amounts.first else {
            if let allocation = PaymentAllocation.settlingTheOnlyInvoice(open) {
                return try await record(allocation, t, client: name, date: date, in: &context)
            }
            let list = open.map { "\($0.invoice.number) (\(context.money($0.outstanding, lang)))" }
            let view = PaymentQuestionView(client: name, invoices: try context.orList(list, lang))
            return try context.ask(.invoice, u, key: "payment.which_invoice", view)
        }
        guard amount.isPositive else { return try context.reply("error.non_positive", u) }
        guard let allocation = PaymentAllocation.spread(amount, over: open) else {
            let owed = Set(open.map(\.invoice.amount.currency.code)).sorted().joined(separator: ", ")
            return try context.reply("error.currency_mismatch", CurrencyMismatchView(expected: owed, got: amount.currency.code), u)
        }
        return try await record(allocation, t, client: name, date: date, in: &context)
    }

    /// Records the payment (or, when the allocation needs it, asks first), answering with what is left.
    func record(
        _ allocation: PaymentAllocation, _ t: Turn, client: String, date: CalendarDay, in context: inout HandlerContext
    ) async throws -> BotReply {
        let lang = t.lang
        let changes = allocation.parts.map {
            LedgerChange.recordPayment(invoiceID: $0.balance.invoice.id, amount: $0.amount, date: date, note: t.u.text)
        }
        let lines = try allocation.parts.map { part -> String in
            let left = part.remaining.minorUnits
            let view = PaymentLineView(
                number: part.balance.invoice.number, amount: context.money(part.amount, lang),
                remaining: left > 0 ? context.money(part.remaining, lang) : nil,
                over: left < 0 ? context.money(Money(minorUnits: -left, currency: part.amount.currency), lang) : nil)
            return try context.text("payment.line", view, lang)
        }
        var paid = CurrencyTotals()
        for part in allocation.parts { paid.add(part.amount) }
        let view = PaymentView(
            client: client, total: MoneyFormatter.list(paid.amounts, lang), date: context.day(date, lang),
            lines: lines.joined(separator: "\n"))
        if allocation.needsConfirmation {
            return try context.confirmFirst(changes, t, questionKey: "payment.confirm", question: view, done: .payment(view))
        }
        return try await context.commit(changes, t, doneKey: "payment.done", done: view)
    }
}
