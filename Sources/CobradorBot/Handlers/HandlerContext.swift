import CobradorCore
import CobradorNLU
import Foundation
import Logging

/// What a handler works with: the data, the templates, the domain's advisors, and the conversation's
/// memory, which the shared helpers update (a question asked, a change held for confirmation, the undo
/// stack). Passed `inout` to one handler at a time, inside the bot's turn.
struct HandlerContext: Sendable {
    let store: any LedgerStore
    let replies: any ReplyRendering
    let advisor: EscalationAdvisor
    let lateFees: LateFeeCalculator
    let profile: BusinessProfile
    /// Who sends email and how; `.unconfigured` answers every send with how to set it up.
    let mail: MailSetup
    let logger: Logger
    var state: ConversationState

    /// Logs an error the user must not see and returns the short reference the reply shows instead.
    func incident(_ error: any Error, while doing: String) -> String {
        let reference = Self.newReference()
        logger.error("\(doing) failed", metadata: ["ref": "\(reference)", "error": "\(String(reflecting: error))"])
        return reference
    }

    /// Six hexadecimal digits: enough to find the log line, meaningless to anyone else.
    static func newReference() -> String {
        let n = UInt32.random(in: 0...0xFF_FFFF)
        let digits = String(n, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}
