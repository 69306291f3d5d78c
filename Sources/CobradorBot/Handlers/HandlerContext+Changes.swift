import CobradorCore
import CobradorNLU
import Foundation

extension HandlerContext {
    /// Applies changes now (all or none), remembers them for undo and answers with `doneKey`.
    mutating func commit<View: ReplyView>(_ changes: [LedgerChange], _ t: Turn, doneKey: String, done: View) async throws -> BotReply {
        let receipts: [ChangeReceipt]
        do {
            receipts = try await store.apply(all: changes, by: t.actor)
        } catch let error as LedgerError {
            return try refusal(error, t.u)
        }
        let text = try replies.render(doneKey, t.lang, done, variation: state.turn)
        state.undoStack.append(ConversationState.UndoEntry(receipts: receipts, description: text))
        if state.undoStack.count > ConversationState.undoDepth { state.undoStack.removeFirst() }
        let hint = try replies.render("undo.hint", t.lang, MessageView(), variation: state.turn)
        return BotReply(text: text + "\n" + hint, intent: t.intent.rawValue, language: t.lang, changedData: true)
    }

    /// Holds changes until the user says yes (or no); the question carries "Sí" / "No" buttons.
    mutating func confirmFirst<View: ReplyView>(
        _ changes: [LedgerChange], _ t: Turn, questionKey: String, question: View, done: ConfirmedReply
    ) throws -> BotReply {
        state.pendingConfirmation = ConversationState.PendingConfirmation(
            changes: changes, language: t.lang, intent: t.intent, actor: t.actor, done: done)
        return try reply(questionKey, question, t.u, actions: try confirmationButtons(t.lang))
    }

    /// "Sí" to a change that was waiting: apply it as the user who asked for it.
    mutating func commitConfirmed(_ pending: ConversationState.PendingConfirmation, today: CalendarDay) async throws -> BotReply {
        let u = Understanding(text: "", intent: pending.intent, language: pending.language, confidence: 1)
        let t = Turn(u: u, today: today, canWrite: true, actor: pending.actor)
        switch pending.done {
        case .payment(let view): return try await commit(pending.changes, t, doneKey: "payment.done", done: view)
        case .invoiceAdded(let view): return try await commit(pending.changes, t, doneKey: "invoice_add.done", done: view)
        case .mail(let mail): return try await send(mail, t)
        }
    }

    /// The polite refusal of a user who may only read.
    func writeRefused(_ t: Turn) throws -> BotReply { try reply("write.refused", t.u) }

    /// Why the store refused a change, in the user's words; nothing changed.
    func refusal(_ error: LedgerError, _ u: Understanding) throws -> BotReply {
        switch error {
        case .unknownClient: return try reply("error.unknown_client", u)
        case .unknownInvoice(let n): return try reply("invoice.unknown", InvoiceNumberView(number: n), u)
        case .duplicateInvoice(let n): return try reply("error.duplicate_invoice", InvoiceNumberView(number: n), u)
        case .currencyMismatch(let expected, let got):
            return try reply("error.currency_mismatch", CurrencyMismatchView(expected: expected.code, got: got.code), u)
        case .nonPositiveAmount: return try reply("error.non_positive", u)
        case .nothingToUndo, .alreadyUndone: return try reply("undo.nothing", u)
        case .invalid:
            // The store's reason is for the log, not for the chat.
            return try reply("error.invalid", ErrorView(reference: incident(error, while: "a change")), u)
        }
    }
}
