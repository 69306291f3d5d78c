import CobradorCore
import CobradorNLU
import Foundation

extension HandlerContext {
    /// Renders an advisor's reason, action, stage or status (or a late-fee rule or line) from its
    /// template, with its parameters written for people.
    func explain(_ item: any TemplateKeyed, _ lang: Language) throws -> String {
        try text(item.key, try explanation(item.parameters, lang), lang)
    }

    /// "etapa 2: segundo recordatorio".
    func stageText(_ stage: FollowUpStage, _ lang: Language) throws -> String { try text(stage.key, ExplanationView(), lang) }

    /// "Toca esperar: no le reclames por ahora."
    func statusText(_ status: FollowUpStatus, client: String, _ lang: Language) throws -> String {
        var view = ExplanationView()
        view.client = client
        return try text(status.key, view, lang)
    }

    /// Dates in words, amounts with their currency, percentages and channels in the user's language.
    func explanation(_ p: [String: String], _ lang: Language) throws -> ExplanationView {
        let currency = p["currency"].flatMap(Currency.init(code:))
        func day(_ name: String) -> String? { p[name].flatMap(CalendarDay.init(parsing:)).map { self.day($0, lang) } }
        func amount(_ name: String) -> String? {
            guard let c = currency, let v = p[name], let m = Money(decimalString: v, currency: c) else { return nil }
            return money(m, lang)
        }
        func percent(_ name: String) -> String? { p[name].map { DecimalFormatter.localized($0, lang) } }
        func flag(_ name: String, _ value: String) -> Bool? { p[name] == value ? true : nil }
        var v = ExplanationView()
        v.invoice = p["invoice"]
        v.due = day("due")
        v.date = day("date")
        v.since = day("since")
        v.until = day("until")
        v.promisedFor = day("promised_for")
        v.madeOn = day("made_on")
        v.startedOn = day("started_on")
        v.from = day("from")
        v.to = day("to")
        if let list = p["dates"] {
            v.dates = try andList(list.split(separator: ",").compactMap { CalendarDay(parsing: String($0)) }.map { self.day($0, lang) }, lang)
        }
        v.amount = amount("amount")
        v.paid = amount("paid")
        v.remaining = amount("remaining")
        v.base = amount("base")
        v.interest = amount("interest")
        v.annualRate = percent("annual_rate")
        v.referenceRate = percent("reference_rate")
        v.margin = percent("margin")
        v.monthlyRate = percent("monthly_rate")
        v.currency = p["currency"]
        if let c = p["channel"].flatMap(ContactEvent.Channel.init(rawValue:)) { v.channel = try text("channel.\(c.rawValue)", lang) }
        v.phones = p["phones"]
        v.otherEmails = p["other_emails"]
        v.otherPeople = p["other_people"]
        v.askSpam = flag("ask_spam", "true")
        if let d = p["days"], let n = Int(d) {
            v.days = d
            v.daysText = try days(n, lang)
        }
        v.termDays = p["term_days"]
        v.share = p["share"]
        v.invoices = p["invoices"]
        v.emails = p["emails"]
        v.kept = p["kept"]
        if let c = p["count"], let n = Int(c) {
            v.count = c
            v.countOne = n == 1 ? true : nil
        }
        v.dispute = flag("kind", "dispute")
        v.answer = flag("cause", "answer")
        v.payment = flag("cause", "payment")
        v.promise = flag("cause", "promise")
        v.pauseEnded = flag("cause", "pause_ended")
        return v
    }

    /// "• reason" lines.
    func reasonLines(_ advice: FollowUpAdvice, _ lang: Language) throws -> String {
        try advice.reasons.map { "• " + (try explain($0, lang)) }.joined(separator: "\n")
    }

    /// The one-paragraph advice for a client: what to do, why, when to look again.
    func adviceText(_ advice: FollowUpAdvice, _ lang: Language) throws -> String {
        let client = advice.clientName
        let headline: String
        if advice.status == .actionToday {
            headline = try explain(advice.action, lang)
        } else if case .courtesyNote = advice.action {
            headline = try explain(advice.action, lang)
        } else {
            headline = try statusText(advice.status, client: client, lang)
        }
        let stage = advice.status == .paused ? try text("stage.paused", ExplanationView(), lang) : try stageText(advice.stage, lang)
        var view = AdviceView(client: client, stage: stage, action: headline)
        view.reasons = try reasonLines(advice, lang)
        view.check = advice.checkAgainOn.map { day($0, lang) }
        if let next = advice.nextAction, advice.status == .actionToday, next.key != advice.action.key {
            view.then = try explain(next, lang)
        }
        let hint: String?
        switch (advice.status, advice.stage) {
        case (.actionToday, .firstReminder), (.actionToday, .secondReminder): hint = "hint.draft"
        case (.actionToday, .changeChannel): hint = "hint.log_call"
        case (.actionToday, .legal): hint = "hint.demand_letter"
        case (.paused, _): hint = "hint.resume"
        default: hint = nil
        }
        view.hint = try hint.map { try text($0, ClientView(client: client), lang) }
        return try text("next_step.reply", view, lang)
    }
}
