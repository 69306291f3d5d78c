import CobradorCore
import Foundation

extension Bot {
    func recordPayment(_ turn: Turn, state: inout ConversationState) throws -> BotReply {
        var t = turn
        let lang = t.lang
        guard t.canWrite else { return reply("write.refused", t.u, state: state) }
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: false) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let name = file.client.name
        t.u = Self.resolvingBareAmounts(t.u, currencies: file.invoices.map(\.amount.currency))
        let u = t.u
        let date = u.dates.first ?? t.today
        if date > t.today { return reply("payment.future_date", u, ["date": day(date, lang)], state: state) }
        let open = file.openBalances(asOf: t.today)

        // A named invoice.
        if let number = u.invoiceNumbers.first {
            guard let balance = file.balances(asOf: t.today).first(where: { $0.invoice.number.caseInsensitiveCompare(number) == .orderedSame })
            else { return reply("payment.invoice_not_of_client", u, ["number": number, "client": name], state: state) }
            guard balance.outstanding.isPositive else {
                return reply("payment.already_paid", u, ["number": balance.invoice.number, "client": name], state: state)
            }
            let amount = u.amounts.first ?? balance.outstanding
            guard amount.currency == balance.invoice.amount.currency else {
                return reply("error.currency_mismatch", u, ["expected": balance.invoice.amount.currency.code, "got": amount.currency.code], state: state)
            }
            return try pay([(balance, amount)], t, client: name, date: date, confirm: amount.minorUnits > balance.outstanding.minorUnits,
                           state: &state)
        }
        guard !open.isEmpty else { return reply("payment.nothing_open", u, ["client": name], state: state) }

        guard let amount = u.amounts.first else {
            if open.count == 1 {
                return try pay([(open[0], open[0].outstanding)], t, client: name, date: date, confirm: true, state: &state)
            }
            let list = open.map { "\($0.invoice.number) (\(money($0.outstanding, lang)))" }
            return ask(.invoice, u, key: "payment.which_invoice", context: ["client": name, "invoices": Self.orList(list, lang)],
                       state: &state)
        }
        let sameCurrency = open.filter { $0.invoice.amount.currency == amount.currency }
        guard !sameCurrency.isEmpty else {
            let owed = Set(open.map(\.invoice.amount.currency.code)).sorted().joined(separator: ", ")
            return reply("error.currency_mismatch", u, ["expected": owed, "got": amount.currency.code], state: state)
        }
        if let exact = sameCurrency.first(where: { $0.outstanding == amount }) {
            return try pay([(exact, amount)], t, client: name, date: date, confirm: false, state: &state)
        }
        // Spread over the oldest invoices first; anything left over is an overpayment on the last one.
        var left = amount.minorUnits
        var parts: [(InvoiceBalance, Money)] = []
        for b in sameCurrency where left > 0 {
            let take = min(left, b.outstanding.minorUnits)
            parts.append((b, Money(minorUnits: take, currency: amount.currency)))
            left -= take
        }
        if left > 0, let lastIndex = parts.indices.last {
            parts[lastIndex].1 = Money(minorUnits: parts[lastIndex].1.minorUnits + left, currency: amount.currency)
        }
        let total = sameCurrency.reduce(Money.zero(amount.currency)) { $0 + $1.outstanding }
        let clear = parts.count == 1 && left == 0 && sameCurrency.count == 1 || amount == total
        return try pay(parts, t, client: name, date: date, confirm: !clear, state: &state)
    }

    /// Records (or, when `confirm`, proposes) payments on invoices, answering with what is left.
    private func pay(_ parts: [(InvoiceBalance, Money)], _ t: Turn, client: String, date: CalendarDay, confirm: Bool,
                     state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let changes = parts.map { LedgerChange.recordPayment(invoiceID: $0.0.invoice.id, amount: $0.1, date: date, note: t.u.text) }
        let lines = parts.map { b, m -> String in
            let remaining = b.outstanding - m
            let rest: String
            if remaining.minorUnits > 0 {
                rest = lang == .es ? "queda \(money(remaining, lang))" : "\(money(remaining, lang)) left"
            } else if remaining.minorUnits < 0 {
                rest = lang == .es ? "¡\(money(Money(minorUnits: -remaining.minorUnits, currency: m.currency), lang)) de más!"
                    : "\(money(Money(minorUnits: -remaining.minorUnits, currency: m.currency), lang)) more than owed!"
            } else {
                rest = lang == .es ? "queda saldada" : "now settled"
            }
            return "• \(b.invoice.number): \(money(m, lang)) — \(rest)"
        }
        var totals = CurrencyTotals()
        for (b, m) in parts { totals.add(b.outstanding - m) }
        let context: [String: Any] = [
            "client": client, "date": day(date, lang), "lines": lines.joined(separator: "\n"),
            "total": MoneyFormatter.list(parts.reduce(into: CurrencyTotals()) { $0.add($1.1) }.amounts, lang),
        ]
        if confirm {
            return confirmFirst(changes, t, questionKey: "payment.confirm", context: context, doneKey: "payment.done",
                                state: &state)
        }
        return try commit(changes, t, doneKey: "payment.done", done: context, state: &state)
    }
}

extension Bot {
    /// "pagó 450" means 450 in the client's currency when all their invoices share one.
    static func resolvingBareAmounts(_ u: Understanding, currencies: [Currency]) -> Understanding {
        var u = u
        guard u.amounts.isEmpty, let text = u.bareAmounts.first else { return u }
        let distinct = Set(currencies)
        guard distinct.count == 1, let currency = distinct.first,
              let money = Money(decimalString: text, currency: currency) else { return u }
        u.amounts = [money]
        return u
    }
}
