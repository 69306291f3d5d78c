import CobradorCore
import CobradorNLU
import Foundation

/// Reads a message in the light of the conversation: the answer to a question we asked, "sí" / "no"
/// to a change waiting for confirmation, "enviado" after a draft, "¿y Globex?" after a question
/// about a client. Works on the understanding only; it never reads the words again.
struct ContextResolver {
    enum Resolution: Equatable {
        /// Answer this (possibly completed or rewritten) understanding.
        case act(Understanding)
        /// The user said yes to the change that was waiting.
        case confirm(ConversationState.PendingConfirmation)
        /// The user said no: answer `key` and drop what was pending.
        case cancel(key: String, language: Language)
    }

    /// Intents that are about one client; "¿y Globex?" repeats them for another.
    static let clientIntents: Set<IntentName> = [
        .clientStatus, .draftReminder, .nextStep, .demandLetter, .lateFee, .listOverdue, .paymentBehaviour,
    ]

    func resolve(_ incoming: Understanding, state: inout ConversationState) -> Resolution {
        var u = incoming
        if let pending = state.pendingConfirmation {
            state.pendingConfirmation = nil
            switch u.intent {
            case .confirm: return .confirm(pending)
            case .deny: return .cancel(key: pending.cancelledKey, language: pending.language)
            default: break
            }
        }
        if let pending = state.pendingSlot {
            state.pendingSlot = nil
            if u.intent == .deny {
                state.clientChoices = []
                return .cancel(key: "slot.cancelled", language: pending.understanding.language)
            }
            let filled = fill(pending, with: u, choices: state.clientChoices)
            state.clientChoices = []
            if let filled { return .act(filled) }
        }
        // "enviado" / "sent it" right after a draft is the user telling us the reminder went out.
        if state.lastDraftClientID != nil, ![.logContact, .undo, .sendReminder].contains(u.intent), u.cues.contains(.sent), u.wordCount <= 8 {
            u.intent = .logContact
            u.channel = u.channel ?? .email
            u.outcome = u.outcome ?? .sent
            return .act(u)
        }
        if isForecastWhy(u, state: state) {
            u.intent = .forecast
            u.metric = .why
            return .act(u)
        }
        if let last = state.lastUnderstanding, isFollowUp(u, last: last) {
            var repeated = last
            repeated.text = u.text
            repeated.wordCount = u.wordCount
            repeated.cues = u.cues
            repeated.clientIDs = u.clientIDs
            repeated.ambiguousClients = u.ambiguousClients
            repeated.invoiceNumbers = u.invoiceNumbers
            repeated.language = u.language
            if !u.amounts.isEmpty { repeated.amounts = u.amounts }
            if u.days != nil { repeated.days = u.days }
            return .act(repeated)
        }
        return .act(u)
    }

    /// "¿y Globex?" / "and Hooli?" / "¿y de Acme?": a short message naming a client right after a client question.
    func isFollowUp(_ u: Understanding, last: Understanding) -> Bool {
        guard Self.clientIntents.contains(last.intent), u.namesAClient, u.wordCount > 0 else { return false }
        let weakIntent = u.intent == .fallback || u.confidence < 0.5
        return u.wordCount <= 5 && (u.cues.contains(.followup) || weakIntent)
    }

    /// "¿por qué?" / "why?" right after a forecast: a short message asking why (the lexicon's `why` cue),
    /// naming nobody, in which the parser finds no other intent. Anything else short is not taken for it.
    func isForecastWhy(_ u: Understanding, state: ConversationState) -> Bool {
        guard state.lastIntent == .forecast, u.cues.contains(.why), u.wordCount > 0, u.wordCount <= 4, !u.namesAClient,
            u.unknownClientNames.isEmpty
        else {
            return false
        }
        return u.intent == .fallback || u.confidence < 0.5
    }

    /// The answer to a question we asked, merged into the message that asked it; nil if it is not an answer.
    func fill(_ pending: ConversationState.PendingSlot, with u: Understanding, choices: [Int64]) -> Understanding? {
        var merged = pending.understanding
        let short = u.wordCount <= 6
        let strongOther =
            u.intent != pending.understanding.intent && u.confidence >= 0.75
            && ![.fallback, .clientStatus, .confirm].contains(u.intent) && !short
        switch pending.slot {
        case .client:
            if let pick = pickChoice(u, choices: choices) {
                merged.clientIDs = [pick]
                merged.ambiguousClients = []
                return merged
            }
            guard !strongOther, u.namesAClient else { return nil }
            merged.clientIDs = u.clientIDs
            merged.ambiguousClients = u.ambiguousClients
        case .newClient:
            guard !strongOther else { return nil }
            if u.namesAClient {
                merged.clientIDs = u.clientIDs
                merged.ambiguousClients = u.ambiguousClients
            } else {
                // The whole answer is the new client's name ("Talleres Ejemplo S.L."), as typed.
                let name = u.text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                guard (1...6).contains(u.wordCount), name.count <= 80 else { return nil }
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
        guard u.wordCount <= 4 else { return nil }
        return u.ordinals.first { (1...choices.count).contains($0) }.map { choices[$0 - 1] }
    }
}
