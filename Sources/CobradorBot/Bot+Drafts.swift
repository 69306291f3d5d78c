import CobradorCore
import Foundation

extension Bot {
    func draftReminder(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: true) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let advice = advisor.advise(file, today: t.today)
        var open = file.openBalances(asOf: t.today)
        if let number = t.u.invoiceNumbers.first {
            open = open.filter { $0.invoice.number.caseInsensitiveCompare(number) == .orderedSame }
            if open.isEmpty { return reply("payment.already_paid", t.u, ["number": number, "client": file.client.name], state: state) }
        }
        guard !open.isEmpty else { return reply("draft.nothing_owed", t.u, ["client": file.client.name], state: state) }
        let overdue = open.filter(\.isOverdue)
        let firm = ["firm", "firme", "formal", "serio", "strict", "stern"].contains(t.u.tone?.lowercased() ?? "")

        let template: String
        switch (advice.status, advice.stage) {
        case (.paused, _):
            return reply("draft.paused", t.u, ["client": file.client.name, "reasons": reasonLines(advice, lang)], state: state)
        case (.notDue, _), (.settled, _):
            template = "email.courtesy"
        case (.waiting, _):
            template = "email.promise"
        case (_, .notDue), (_, .firstReminder):
            template = firm ? "email.reminder_1_firm" : "email.reminder_1"
        case (_, .secondReminder):
            template = firm ? "email.reminder_2_firm" : "email.reminder_2"
        case (_, .changeChannel):
            template = "email.reminder_3"
        case (_, .legal):
            template = "email.final_notice"
        }
        let chosen = template == "email.courtesy" || overdue.isEmpty ? open : overdue
        var context = letterContext(file, invoices: chosen, advice: advice, t)
        context["stage"] = replies.render(advice.stage.key, lang)
        let subject = replies.render(template + ".subject", lang, context)
        let body = replies.render(template + ".body", lang, context)
        state.lastDraftClientID = file.client.id
        var outer: [String: Any] = [
            "client": file.client.name, "to": file.client.emails.first ?? "", "subject": subject, "body": body,
            "stage": replies.render(advice.stage.key, lang),
        ]
        if template == "email.reminder_3" { outer["call"] = adviceText(advice, lang) }
        if template == "email.final_notice" { outer["legal"] = "yes" }
        if file.client.emails.count > 1 { outer["cc"] = file.client.emails.dropFirst().joined(separator: ", ") }
        return reply("draft.reply", t.u, outer, state: state)
    }

    /// Everything a reminder or a letter says about the client's invoices, in the user's language.
    func letterContext(_ file: ClientFile, invoices: [InvoiceBalance], advice: FollowUpAdvice, _ t: Turn) -> [String: Any] {
        let lang = t.lang
        var totals = CurrencyTotals()
        let lines = invoices.map { b -> String in
            totals.add(b.outstanding)
            var line = "• \(b.invoice.number): \(money(b.invoice.amount, lang))"
            if let due = b.invoice.due {
                line += lang == .es ? ", vencimiento \(day(due, lang))" : ", due \(day(due, lang))"
                if let d = b.daysOverdue, d > 0 {
                    line += lang == .es ? " (hace \(DayFormatter.days(d, lang)))" : " (\(DayFormatter.days(d, lang)) ago)"
                }
            }
            if b.isPartlyPaid {
                line += lang == .es
                    ? "; recibidos \(money(b.paid, lang)), quedan \(money(b.outstanding, lang))"
                    : "; \(money(b.paid, lang)) received, \(money(b.outstanding, lang)) outstanding"
            }
            return line
        }
        var context: [String: Any] = [
            "client": file.client.name,
            "greeting_name": file.client.people.first.map { Self.firstName($0) } ?? "",
            "invoices": lines.joined(separator: "\n"),
            "one": invoices.count == 1,
            "numbers": Self.andList(invoices.map(\.invoice.number), lang),
            "total": MoneyFormatter.list(totals.amounts, lang),
            "sender": profile.name.isEmpty ? (lang == .es ? "[tu nombre]" : "[your name]") : profile.name,
            "today": day(t.today, lang),
        ]
        var pay: [String] = []
        if let iban = profile.iban { pay.append(lang == .es ? "transferencia a la cuenta \(iban)" : "bank transfer to \(iban)") }
        if let link = profile.paymentLink { pay.append(lang == .es ? "el enlace de pago \(link)" : "the payment link \(link)") }
        if !pay.isEmpty { context["how_to_pay"] = Self.orList(pay, lang) }
        let clauses = invoices.compactMap { b -> String? in
            switch b.invoice.lateFee {
            case .monthlyRate(let bp):
                let pct = Decimal(bp) / 100
                return lang == .es ? "\(b.invoice.number): recargo del \(pct) % mensual por demora"
                    : "\(b.invoice.number): late charge of \(pct)% per month"
            case .fixed(let m):
                return lang == .es ? "\(b.invoice.number): recargo fijo de \(money(m, lang)) por demora"
                    : "\(b.invoice.number): fixed late fee of \(money(m, lang))"
            case nil: return nil
            }
        }
        if !clauses.isEmpty { context["late_fee"] = clauses.joined(separator: "; ") }
        for reason in advice.reasons {
            if case .brokenPromise(let promisedFor, _, _) = reason { context["broken_promise"] = day(promisedFor, lang) }
            if case .promisePending(let promisedFor, _, _) = reason { context["promised_for"] = day(promisedFor, lang) }
            if case .remindersSent(let dates) = reason, let last = dates.last { context["last_reminder"] = day(last, lang) }
        }
        return context
    }

    static func firstName(_ person: String) -> String {
        String(person.split(separator: " ").first ?? Substring(person))
    }
}
