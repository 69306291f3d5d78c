import CobradorCore
import Foundation

extension Bot {
    /// Intents that are about one client; "¿y Globex?" repeats them for another.
    static let clientIntents: Set<String> = [
        "client_status", "draft_reminder", "next_step", "demand_letter", "late_fee", "list_overdue",
    ]

    /// Resolves the conversation's context (a pending question, a confirmation, "and Globex?") and
    /// returns the understanding the handlers should act on, or a reply that ends the turn here.
    func resolveContext(_ incoming: Understanding, state: inout ConversationState) -> (Understanding?, BotReply?) {
        var u = incoming
        if let pending = state.pendingConfirmation {
            state.pendingConfirmation = nil
            switch u.intent {
            case "confirm": return (nil, confirmPending(pending, language: pending.language, state: &state))
            case "deny":
                return (nil, BotReply(text: replies.render("confirm.cancelled", pending.language, [:], variation: state.turn),
                                      intent: "deny", language: pending.language))
            default: break
            }
        }
        if let pending = state.pendingSlot {
            state.pendingSlot = nil
            if u.intent == "deny" {
                state.clientChoices = []
                return (nil, BotReply(text: replies.render("slot.cancelled", pending.understanding.language, [:], variation: state.turn),
                                      intent: "deny", language: pending.understanding.language))
            }
            if let filled = fill(pending, with: u, state: &state) {
                u = filled
                state.clientChoices = []
                return (u, nil)
            }
            state.clientChoices = []
        }
        // "enviado" / "sent it" right after a draft is the user telling us the reminder went out.
        if state.lastDraftClientID != nil, u.intent != "log_contact", u.intent != "undo",
           TextTools.containsAny(u.text, Self.sentWords), TextTools.words(u.text).count <= 8 {
            u.intent = "log_contact"
            u.channel = u.channel ?? .email
            u.outcome = u.outcome ?? .sent
            return (u, nil)
        }
        if let last = state.lastUnderstanding, isFollowUp(u, last: last) {
            var repeated = last
            repeated.text = u.text
            repeated.clientIDs = u.clientIDs
            repeated.ambiguousClients = u.ambiguousClients
            repeated.invoiceNumbers = u.invoiceNumbers
            repeated.language = u.language
            if !u.amounts.isEmpty { repeated.amounts = u.amounts }
            if u.days != nil { repeated.days = u.days }
            return (repeated, nil)
        }
        return (u, nil)
    }

    static let sentWords = [
        "enviado", "enviada", "envie", "enviao", "mandado", "mandada", "mande", "hecho", "listo",
        "sent", "done", "emailed", "mailed",
    ]

    /// "¿y Globex?" / "and Hooli?" / "¿y de Acme?": a short message naming a client right after a client question.
    func isFollowUp(_ u: Understanding, last: Understanding) -> Bool {
        guard Self.clientIntents.contains(last.intent), !(u.clientIDs.isEmpty && u.ambiguousClients.isEmpty) else { return false }
        let words = TextTools.words(u.text)
        guard let first = words.first else { return false }
        let startsWithAnd = ["y", "and", "e", "what", "how", "también", "tambien", "ahora"].contains(first)
        let short = words.count <= 5
        let weakIntent = u.intent == "fallback" || u.confidence < 0.5
        return short && (startsWithAnd || weakIntent)
    }

    /// The answer to a question we asked, merged into the message that asked it; nil if it is not an answer.
    func fill(_ pending: ConversationState.PendingSlot, with u: Understanding, state: inout ConversationState) -> Understanding? {
        var merged = pending.understanding
        let words = TextTools.words(u.text)
        let short = words.count <= 6
        let strongOther = u.intent != pending.understanding.intent && u.confidence >= 0.75
            && !["fallback", "client_status", "confirm"].contains(u.intent) && !short
        switch pending.slot {
        case .client:
            if let pick = pickChoice(u, choices: state.clientChoices) {
                merged.clientIDs = [pick]
                merged.ambiguousClients = []
                return merged
            }
            guard !strongOther, !(u.clientIDs.isEmpty && u.ambiguousClients.isEmpty) else { return nil }
            merged.clientIDs = u.clientIDs
            merged.ambiguousClients = u.ambiguousClients
        case .newClient:
            guard !strongOther else { return nil }
            if !u.clientIDs.isEmpty || !u.ambiguousClients.isEmpty {
                merged.clientIDs = u.clientIDs
                merged.ambiguousClients = u.ambiguousClients
            } else {
                let name = u.text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                guard (1...6).contains(words.count), name.count <= 80 else { return nil }
                merged.newClientName = name
            }
        case .amount:
            guard !strongOther, !(u.amounts.isEmpty && u.bareAmounts.isEmpty) else { return nil }
            merged.amounts = u.amounts
            merged.bareAmounts = u.bareAmounts
        case .date:
            guard !strongOther, !u.dates.isEmpty else { return nil }
            merged.dates = u.dates
        case .invoice:
            guard !strongOther, !u.invoiceNumbers.isEmpty else { return nil }
            merged.invoiceNumbers = u.invoiceNumbers
        case .quote:
            guard !strongOther else { return nil }
            merged.quote = u.quote ?? u.text
        case .email:
            guard !strongOther, !(u.emails.isEmpty && u.phones.isEmpty && u.people.isEmpty) else { return nil }
            merged.emails = u.emails
            merged.phones = u.phones
            merged.people = u.people
        }
        if merged.invoiceNumbers.isEmpty { merged.invoiceNumbers = u.invoiceNumbers }
        if merged.amounts.isEmpty { merged.amounts = u.amounts }
        if merged.dates.isEmpty { merged.dates = u.dates }
        return merged
    }

    /// "1", "la segunda", "the first one", or a name among the offered choices.
    func pickChoice(_ u: Understanding, choices: [Int64]) -> Int64? {
        guard !choices.isEmpty else { return nil }
        let ids = u.clientIDs.filter(choices.contains)
        if ids.count == 1 { return ids[0] }
        let ordinals: [String: Int] = [
            "1": 0, "uno": 0, "primero": 0, "primera": 0, "first": 0, "one": 0,
            "2": 1, "dos": 1, "segundo": 1, "segunda": 1, "second": 1, "two": 1,
            "3": 2, "tres": 2, "tercero": 2, "tercera": 2, "third": 2, "three": 2,
            "4": 3, "cuatro": 3, "cuarto": 3, "cuarta": 3, "fourth": 3, "four": 3,
        ]
        let words = TextTools.words(u.text)
        guard words.count <= 4 else { return nil }
        for w in words { if let i = ordinals[w], i < choices.count { return choices[i] } }
        return nil
    }

    /// Asks for a missing piece and remembers what was asked.
    func ask(_ slot: ConversationState.Slot, _ u: Understanding, key: String, context: [String: Any] = [:],
             state: inout ConversationState) -> BotReply {
        state.pendingSlot = ConversationState.PendingSlot(understanding: u, slot: slot)
        return reply(key, u, context, state: state)
    }
}
