import CobradorBot
import CobradorCore

/// Keyword routing used until the NLU parser is wired in.
struct InterimUnderstandingFactory: UnderstandingFactory {
    func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding { Interim() }

    struct Interim: MessageUnderstanding {
        func understand(_ text: String, today: CalendarDay, language: Language?) -> Understanding {
            let t = text.lowercased()
            let lang = language ?? (t.contains("who") || t.contains("owe") ? .en : .es)
            let intent = (t.contains("debe") || t.contains("owe")) ? "who_owes" : "fallback"
            return Understanding(text: text, intent: intent, language: lang, confidence: 1)
        }
    }
}
