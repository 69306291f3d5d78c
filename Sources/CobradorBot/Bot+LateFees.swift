import CobradorCore
import Foundation

extension Bot {
    func lateFee(_ t: Turn, state: inout ConversationState) throws -> BotReply {
        reply("fallback", t.u, state: state)
    }

    func lateChargesText(_ file: ClientFile, invoices: [InvoiceBalance], _ t: Turn) -> String? { nil }

    func checkTone(_ t: Turn, state: inout ConversationState) -> BotReply {
        reply("fallback", t.u, state: state)
    }
}
