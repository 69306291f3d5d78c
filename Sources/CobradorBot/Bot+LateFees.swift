import CobradorCore
import Foundation

extension Bot {
    func lateFee(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: true) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        var computation = lateFees.compute(for: file, asOf: t.today)
        if let number = t.u.invoiceNumbers.first {
            computation.invoices = computation.invoices.filter { $0.invoiceNumber.caseInsensitiveCompare(number) == .orderedSame }
        }
        let relevant = computation.invoices.filter { $0.daysLate > 0 && $0.outstanding.isPositive }
        guard !relevant.isEmpty else { return reply("late_fee.nothing_late", t.u, ["client": file.client.name], state: state) }
        let blocks = relevant.map { lateFeeBlock($0, lang) }
        var claim = CurrencyTotals()
        var charges = CurrencyTotals()
        for fee in relevant {
            claim.add(fee.outstanding)
            for m in fee.totals.amounts {
                claim.add(m)
                charges.add(m)
            }
        }
        var context: [String: Any] = [
            "client": file.client.name, "today": day(t.today, lang), "invoices": blocks.joined(separator: "\n\n"),
            "charges": MoneyFormatter.list(charges.amounts, lang), "claim": MoneyFormatter.list(claim.amounts, lang),
        ]
        if charges.isEmpty { context.removeValue(forKey: "charges") }
        if relevant.contains(where: \.anyRateNeedsCheck) { context["rate_check"] = replies.render("late_fee.rate_check", lang) }
        return reply("late_fee.reply", t.u, context, state: state)
    }

    /// One invoice's computation: the rule that applied and each line of the arithmetic.
    func lateFeeBlock(_ fee: InvoiceLateFee, _ lang: Language) -> String {
        var lines = fee.lines.map { "  • " + explain($0, lang) }
        if let fixed = fee.fixedCosts, fixed.isPositive {
            lines.append("  • " + replies.render("late_fee.fixed_costs", lang, ["amount": money(fixed, lang)]))
        }
        let total = MoneyFormatter.list(fee.totals.amounts, lang)
        return replies.render("late_fee.invoice", lang, [
            "invoice": fee.invoiceNumber, "outstanding": money(fee.outstanding, lang),
            "days_text": DayFormatter.days(fee.daysLate, lang), "rule": explain(fee.rule, lang),
            "lines": lines.joined(separator: "\n"), "total": total.isEmpty ? "" : total,
        ])
    }

    /// The late-charges paragraph of a demand letter, or nil when no rule gives any.
    func lateChargesText(_ file: ClientFile, invoices: [InvoiceBalance], _ t: Turn) -> String? {
        let ids = Set(invoices.map(\.invoice.id))
        let fees = lateFees.compute(for: file, asOf: t.today).invoices.filter { ids.contains($0.invoiceID) && !$0.totals.isEmpty }
        guard !fees.isEmpty else { return nil }
        return fees.map { lateFeeBlock($0, t.lang) }.joined(separator: "\n")
    }

}
