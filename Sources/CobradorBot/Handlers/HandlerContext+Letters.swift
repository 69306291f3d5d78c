import CobradorCore
import CobradorNLU
import Foundation

extension HandlerContext {
    /// Everything a reminder or a letter says about the client's invoices, in the user's language.
    func letterView(_ file: ClientFile, invoices: [InvoiceBalance], advice: FollowUpAdvice, _ t: Turn) throws -> LetterView {
        let lang = t.lang
        var totals = CurrencyTotals()
        let lines = try invoices.map { b -> String in
            totals.add(b.outstanding)
            let late = b.daysOverdue.flatMap { $0 > 0 ? $0 : nil }
            return try text(
                "letter.invoice",
                LetterInvoiceView(
                    number: b.invoice.number, amount: money(b.invoice.amount, lang), due: b.invoice.due.map { day($0, lang) },
                    daysText: try late.map { try days($0, lang) }, paid: b.isPartlyPaid ? money(b.paid, lang) : nil,
                    outstanding: money(b.outstanding, lang)), lang)
        }
        var view = LetterView(
            client: file.client.name, invoices: lines.joined(separator: "\n"), one: invoices.count == 1,
            numbers: try andList(invoices.map(\.invoice.number), lang), total: MoneyFormatter.list(totals.amounts, lang),
            sender: profile.name.isEmpty ? try text("letter.no_sender", lang) : profile.name, today: day(t.today, lang))
        view.greetingName = file.client.people.first.map(Self.firstName)
        var methods: [String] = []
        if let iban = profile.iban { methods.append(try text("letter.pay_by_transfer", PaymentMethodView(iban: iban), lang)) }
        if let link = profile.paymentLink { methods.append(try text("letter.pay_by_link", PaymentMethodView(link: link), lang)) }
        if !methods.isEmpty { view.howToPay = try orList(methods, lang) }
        let clauses = try invoices.compactMap { b -> String? in
            switch b.invoice.lateFee {
            case .monthlyRate(let bp):
                return try text("letter.late_fee.monthly", LateFeeClauseView(number: b.invoice.number, rate: "\(Decimal(bp) / 100)"), lang)
            case .fixed(let m):
                return try text("letter.late_fee.fixed", LateFeeClauseView(number: b.invoice.number, amount: money(m, lang)), lang)
            case nil: return nil
            }
        }
        if !clauses.isEmpty { view.lateFee = clauses.joined(separator: "; ") }
        for reason in advice.reasons {
            if case .brokenPromise(let promisedFor, _, _) = reason { view.brokenPromise = day(promisedFor, lang) }
            if case .promisePending(let promisedFor, _, _) = reason { view.promisedFor = day(promisedFor, lang) }
            if case .remindersSent(let dates) = reason, let last = dates.last { view.lastReminder = day(last, lang) }
        }
        return view
    }

    static func firstName(_ person: String) -> String {
        String(person.split(separator: " ").first ?? Substring(person))
    }

    /// "correo enviado", "call without answer".
    func eventText(_ channel: ContactEvent.Channel, _ outcome: ContactEvent.Outcome, _ lang: Language) throws -> String {
        try text("contact.event", ContactEventView(channel: channel, outcome: outcome), lang)
    }

    /// One invoice's late-fee computation: the rule that applied and each line of the arithmetic.
    func lateFeeBlock(_ fee: InvoiceLateFee, _ lang: Language) throws -> String {
        var lines = try fee.lines.map { "  • " + (try explain($0, lang)) }
        if let fixed = fee.fixedCosts, fixed.isPositive {
            lines.append("  • " + (try text("late_fee.fixed_costs", AmountView(amount: money(fixed, lang)), lang)))
        }
        return try text(
            "late_fee.invoice",
            LateFeeInvoiceView(
                invoice: fee.invoiceNumber, outstanding: money(fee.outstanding, lang), daysText: try days(fee.daysLate, lang),
                rule: try explain(fee.rule, lang), lines: lines.joined(separator: "\n"),
                total: MoneyFormatter.list(fee.totals.amounts, lang)), lang)
    }

    /// The late-charges paragraph of a demand letter, or nil when no rule gives any.
    func lateChargesText(_ file: ClientFile, invoices: [InvoiceBalance], _ t: Turn) throws -> String? {
        let ids = Set(invoices.map(\.invoice.id))
        let fees = lateFees.compute(for: file, asOf: t.today).invoices.filter { ids.contains($0.invoiceID) && !$0.totals.isEmpty }
        guard !fees.isEmpty else { return nil }
        return try fees.map { try lateFeeBlock($0, t.lang) }.joined(separator: "\n")
    }
}
