import CobradorCore
import Foundation

extension Bot {
    static let dateParameters: Set<String> = [
        "due", "date", "since", "until", "promised_for", "made_on", "first", "last", "started_on", "from", "to",
    ]
    static let moneyParameters: Set<String> = ["amount", "paid", "remaining", "base", "interest"]
    static let percentParameters: Set<String> = ["annual_rate", "reference_rate", "margin", "monthly_rate"]

    /// Renders an advisor's reason, action, stage or status from its template, with its parameters
    /// written for people (dates in words, amounts with their currency, channels translated).
    func explain(_ item: any TemplateKeyed, _ lang: Language) -> String {
        replies.render(item.key, lang, humanParameters(item.parameters, lang))
    }

    func humanParameters(_ p: [String: String], _ lang: Language) -> [String: Any] {
        var out: [String: Any] = [:]
        let currency = p["currency"].flatMap(Currency.init(code:))
        for (k, v) in p where !v.isEmpty {
            if Self.dateParameters.contains(k), let d = CalendarDay(parsing: v) {
                out[k] = DayFormatter.long(d, lang)
            } else if k == "dates" {
                let days = v.split(separator: ",").compactMap { CalendarDay(parsing: String($0)) }
                out[k] = Self.andList(days.map { DayFormatter.long($0, lang) }, lang)
            } else if Self.moneyParameters.contains(k), let c = currency, let m = Money(decimalString: v, currency: c) {
                out[k] = MoneyFormatter.string(m, lang)
            } else if Self.percentParameters.contains(k) {
                out[k] = lang == .es ? v.replacingOccurrences(of: ".", with: ",") : v
            } else if k == "needs_check" {
                if v == "true" { out[k] = true }
            } else if k == "channel", let c = ContactEvent.Channel(rawValue: v) {
                out[k] = Self.channelName(c, lang)
            } else if k == "ask_spam" {
                if v == "true" { out[k] = true }
            } else if k == "days" || k == "count" || k == "term_days" || k == "calls_without_answer", let n = Int(v) {
                out[k] = v
                out[k + "_text"] = DayFormatter.days(n, lang)
                if n == 1 { out[k + "_one"] = true }
            } else if k == "kind" || k == "cause" {
                out[k] = v
                out[v] = true
            } else {
                out[k] = v
            }
        }
        return out
    }

    static func channelName(_ c: ContactEvent.Channel, _ lang: Language) -> String {
        switch (c, lang) {
        case (.email, .es): return "correo"
        case (.phone, .es): return "teléfono"
        case (.letter, .es): return "carta"
        case (.meeting, .es): return "reunión"
        case (.lawyer, .es): return "abogado"
        case (.email, .en): return "email"
        case (.phone, .en): return "phone"
        case (.letter, .en): return "letter"
        case (.meeting, .en): return "meeting"
        case (.lawyer, .en): return "lawyer"
        }
    }

    /// "• reason" lines.
    func reasonLines(_ advice: FollowUpAdvice, _ lang: Language) -> String {
        advice.reasons.map { "• " + explain($0, lang) }.joined(separator: "\n")
    }

    /// The one-paragraph advice for a client: what to do, why, when to look again.
    func adviceText(_ advice: FollowUpAdvice, _ lang: Language) -> String {
        let headline: String
        switch advice.status {
        case .actionToday: headline = explain(advice.action, lang)
        default:
            if case .courtesyNote = advice.action { headline = explain(advice.action, lang) } else {
                headline = replies.render(advice.status.key, lang, ["client": advice.clientName])
            }
        }
        var context: [String: Any] = [
            "client": advice.clientName,
            "stage": replies.render(advice.status == .paused ? "stage.paused" : advice.stage.key, lang), "stage_number": advice.stage.rawValue,
            "action": headline, "reasons": reasonLines(advice, lang),
        ]
        if let check = advice.checkAgainOn { context["check"] = DayFormatter.long(check, lang) }
        if let next = advice.nextAction, advice.status == .actionToday, next.key != advice.action.key {
            context["then"] = explain(next, lang)
        }
        switch (advice.status, advice.stage) {
        case (.actionToday, .firstReminder), (.actionToday, .secondReminder): context["hint"] = replies.render("hint.draft", lang, ["client": advice.clientName])
        case (.actionToday, .changeChannel): context["hint"] = replies.render("hint.log_call", lang, ["client": advice.clientName])
        case (.actionToday, .legal): context["hint"] = replies.render("hint.demand_letter", lang, ["client": advice.clientName])
        case (.paused, _): context["hint"] = replies.render("hint.resume", lang, ["client": advice.clientName])
        default: break
        }
        return replies.render("next_step.reply", lang, context)
    }
}
