import CobradorCore
import Foundation

extension Bot {
    func nextStep(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: true) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let advice = advisor.advise(file, today: t.today)
        return BotReply(text: adviceText(advice, t.lang), intent: t.u.intent, language: t.lang)
    }

    func clientStatus(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let file: ClientFile
        switch try lookUpClient(t.u, state: &state, useContext: true) {
        case .answered(let r): return r
        case .found(let f): file = f
        }
        let advice = advisor.advise(file, today: t.today)
        let open = file.openBalances(asOf: t.today)
        let invoiceLines = open.map { invoiceLine($0, lang) }
        let numberOf = Dictionary(file.invoices.map { ($0.id, $0.number) }, uniquingKeysWith: { a, _ in a })
        let paymentLines = file.payments.suffix(5).map {
            "• \(day($0.date, lang)): \(money($0.amount, lang)) — \(numberOf[$0.invoiceID] ?? "")"
        }
        let eventLines = file.events.suffix(6).map { e -> String in
            "• \(day(e.date, lang)): \(Self.eventText(e.channel, e.outcome, lang))" + (e.note.map { Self.shortNote($0) } ?? "")
        }
        let promiseLines = file.promises.filter { $0.promisedFor >= t.today.adding(days: -30) }.map { p -> String in
            let amount = p.amount.map { " " + money($0, lang) } ?? ""
            return "• " + replies.render(p.promisedFor < t.today ? "status.promise_past" : "status.promise_future", lang,
                                         ["date": day(p.promisedFor, lang), "amount": amount])
        }
        let contacts = (file.client.emails + file.client.phones + file.client.people).joined(separator: " · ")
        var context: [String: Any] = [
            "client": file.client.name,
            "owed": MoneyFormatter.list(file.outstanding(asOf: t.today).amounts, lang),
            "invoices": invoiceLines.joined(separator: "\n"),
            "payments": paymentLines.joined(separator: "\n"),
            "events": eventLines.joined(separator: "\n"),
            "promises": promiseLines.joined(separator: "\n"),
            "contacts": contacts,
            "advice": adviceText(advice, lang),
        ]
        if open.isEmpty { context.removeValue(forKey: "owed") }
        return reply("client_status.reply", t.u, context, state: state)
    }

    /// "• F-2026-061 — 2.750,50 € — venció el 15 de octubre de 2026 (46 días)".
    func invoiceLine(_ b: InvoiceBalance, _ lang: Language, client: String? = nil) -> String {
        var parts = ["• " + b.invoice.number + (client.map { " · \($0)" } ?? ""), money(b.outstanding, lang)]
        if b.isPartlyPaid {
            parts[1] += lang == .es ? " (de \(money(b.invoice.amount, lang)))" : " (of \(money(b.invoice.amount, lang)))"
        }
        if let due = b.invoice.due, let days = b.daysOverdue {
            if days > 0 {
                parts.append(lang == .es ? "venció el \(day(due, lang)) (\(DayFormatter.days(days, lang)))"
                             : "was due \(day(due, lang)) (\(DayFormatter.days(days, lang)) ago)")
            } else if days == 0 {
                parts.append(lang == .es ? "vence hoy" : "due today")
            } else {
                parts.append(lang == .es ? "vence el \(day(due, lang))" : "due \(day(due, lang))")
            }
        } else {
            parts.append(lang == .es ? "sin fecha de vencimiento" : "no due date")
        }
        return parts.joined(separator: " — ")
    }

    static func shortNote(_ note: String) -> String {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return "" }
        return " (\(trimmed.count > 60 ? String(trimmed.prefix(59)) + "…" : trimmed))"
    }

    func listOverdue(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let u = t.u, lang = t.lang
        var clientFilter: Int64?
        if !u.clientIDs.isEmpty || !u.ambiguousClients.isEmpty {
            switch try lookUpClient(u, state: &state, useContext: false) {
            case .answered(let r): return r
            case .found(let f): clientFilter = f.client.id
            }
        }
        let minDays = max(u.days ?? 0, 0)
        let items = try store.openItems()
            .filter { $0.daysOverdue(asOf: t.today) > minDays && (clientFilter == nil || $0.clientID == clientFilter) }
            .sorted { ($0.daysOverdue(asOf: t.today), $0.outstanding.minorUnits) > ($1.daysOverdue(asOf: t.today), $1.outstanding.minorUnits) }
        var context: [String: Any] = [
            "days": minDays > 0 ? String(minDays) : "", "days_text": DayFormatter.days(minDays, lang), "today": day(t.today, lang),
        ]
        if let clientFilter, let name = try clientNames()[clientFilter] { context["client"] = name }
        if minDays == 0 { context.removeValue(forKey: "days") }
        guard !items.isEmpty else { return reply("list_overdue.none", u, context, state: state) }
        var totals = CurrencyTotals()
        let lines = items.map { item -> String in
            totals.add(item.outstanding)
            let days = item.daysOverdue(asOf: t.today)
            return "• \(item.invoiceNumber) · \(item.clientName) — \(money(item.outstanding, lang)) — "
                + (lang == .es ? "\(DayFormatter.days(days, lang)) de retraso" : "\(DayFormatter.days(days, lang)) overdue")
        }
        context["count"] = items.count
        context["one"] = items.count == 1
        context["lines"] = lines.joined(separator: "\n")
        context["totals"] = MoneyFormatter.list(totals.amounts, lang).replacingOccurrences(of: " + ", with: " · ")
        return reply("list_overdue.reply", u, context, state: state)
    }

    func agenda(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        let lang = t.lang
        let day = t.u.dates.first ?? t.today
        let plan = AgendaPlanner(advisor: advisor).plan(try store.clientFilesWithOpenInvoices(), today: day)
        let lines = plan.actions.enumerated().map { i, item -> String in
            let a = item.advice
            let why = a.reasons.prefix(3).map { explain($0, lang) }.joined(separator: " ")
            let owed = MoneyFormatter.list(a.outstanding.amounts, lang)
            let amount = owed.isEmpty ? "" : " (\(owed))"
            return "\(i + 1). \(a.clientName)\(amount) — \(explain(a.action, lang))\n   \(why)"
        }
        func waitingLine(_ item: AgendaItem) -> String {
            let a = item.advice
            let preferred = ["reason.promise_pending", "reason.paused", "reason.last_answer", "reason.clock_restarted", "reason.not_due_yet"]
            let why = preferred.lazy.compactMap { key in a.reasons.first { $0.key == key } }.first ?? a.reasons.first
            var line = "• \(a.clientName): " + (why.map { explain($0, lang) } ?? replies.render(a.status.key, lang, ["client": a.clientName]))
            if let check = a.checkAgainOn { line += " " + replies.render("agenda.check_again", lang, ["date": self.day(check, lang)]) }
            return line
        }
        var context: [String: Any] = ["date": self.day(day, lang), "count": plan.actions.count, "one": plan.actions.count == 1]
        if !lines.isEmpty { context["lines"] = lines.joined(separator: "\n") }
        let waiting = (plan.promisesDueSoon + plan.waiting + plan.paused).map(waitingLine)
        if !waiting.isEmpty { context["waiting"] = waiting.joined(separator: "\n") }
        return reply(plan.actions.isEmpty ? "agenda.none" : "agenda.reply", t.u, context, state: state)
    }
}
