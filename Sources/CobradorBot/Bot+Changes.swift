import CobradorCore
import Foundation

extension Bot {
    /// Applies changes now (all or none), remembers them for undo and answers with `doneKey`.
    func commit(_ changes: [LedgerChange], _ t: Turn, doneKey: String, done: [String: Any],
                state: inout ConversationState) throws -> BotReply {
        let receipts: [ChangeReceipt]
        do {
            receipts = try store.apply(all: changes, by: t.actor)
        } catch let error as LedgerError {
            return reply(Self.errorKey(error), t.u, Self.errorContext(error, t.lang), state: state, intent: t.u.intent)
        }
        let text = replies.render(doneKey, t.lang, done, variation: state.turn)
        state.undoStack.append(ConversationState.UndoEntry(receipts: receipts, description: text))
        if state.undoStack.count > 20 { state.undoStack.removeFirst() }
        forgetCaches()
        let hint = replies.render("undo.hint", t.lang, [:], variation: state.turn)
        return BotReply(text: text + "\n" + hint, intent: t.u.intent, language: t.lang, changedData: true)
    }

    /// Holds changes until the user says yes.
    func confirmFirst(_ changes: [LedgerChange], _ t: Turn, questionKey: String, context: [String: Any], doneKey: String,
                      state: inout ConversationState) -> BotReply {
        state.pendingConfirmation = ConversationState.PendingConfirmation(
            changes: changes, language: t.lang, intent: t.u.intent, actor: t.actor, doneKey: doneKey,
            done: context.mapValues { "\($0)" })
        return reply(questionKey, t.u, context, state: state)
    }

    func confirmPending(_ pending: ConversationState.PendingConfirmation, language: Language,
                        state: inout ConversationState) -> BotReply {
        var u = Understanding(text: "", intent: pending.intent, language: language, confidence: 1)
        u.intent = pending.intent
        let t = Turn(u: u, today: dates.today, canWrite: true, actor: pending.actor)
        do {
            return try commit(pending.changes, t, doneKey: pending.doneKey, done: pending.done, state: &state)
        } catch {
            return reply("error.internal", u, ["detail": "\(error)"], state: state)
        }
    }

    func undoLast(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        guard t.canWrite else { return reply("write.refused", t.u, state: state) }
        // The conversation's own last change first; otherwise (a new `ask`, a restarted chat) the
        // newest change this same user made through this same channel, from the audit trail.
        let last: ConversationState.UndoEntry
        if let own = state.undoStack.popLast() {
            last = own
        } else if let stored = try store.lastUndoable(by: t.actor) {
            last = ConversationState.UndoEntry(receipts: stored.receipts, description: stored.detail)
        } else {
            return reply("undo.nothing", t.u, state: state)
        }
        do {
            try store.undo(last.receipts, by: t.actor)
        } catch LedgerError.alreadyUndone {
            return reply("undo.nothing", t.u, state: state)
        } catch let error as LedgerError {
            return reply(Self.errorKey(error), t.u, Self.errorContext(error, t.lang), state: state)
        }
        forgetCaches()
        return reply("undo.done", t.u, ["what": last.description], state: state, changed: true)
    }

    static func errorKey(_ error: LedgerError) -> String {
        switch error {
        case .unknownClient: return "error.unknown_client"
        case .unknownInvoice: return "invoice.unknown"
        case .duplicateInvoice: return "error.duplicate_invoice"
        case .currencyMismatch: return "error.currency_mismatch"
        case .nonPositiveAmount: return "error.non_positive"
        case .nothingToUndo, .alreadyUndone: return "undo.nothing"
        case .invalid: return "error.invalid"
        }
    }

    static func errorContext(_ error: LedgerError, _ lang: Language) -> [String: Any] {
        switch error {
        case .unknownInvoice(let n), .duplicateInvoice(let n): return ["number": n]
        case .currencyMismatch(let expected, let got): return ["expected": expected.code, "got": got.code]
        case .invalid(let why): return ["detail": why]
        default: return [:]
        }
    }

    func money(_ m: Money, _ lang: Language) -> String { MoneyFormatter.string(m, lang) }
    func day(_ d: CalendarDay, _ lang: Language) -> String { DayFormatter.long(d, lang) }
}
