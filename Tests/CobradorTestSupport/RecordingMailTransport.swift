import CobradorCore
import Foundation

/// A `MailTransport` for Bot tests: keeps what it was asked to send, or fails as told, so a test
/// can check that nothing is sent before "yes" and nothing is logged after a failure.
public final class RecordingMailTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var outbox: [OutgoingMail] = []
    private let failure: MailError?

    /// - Parameter failure: thrown by every `send` (nil: every send succeeds).
    public init(failing failure: MailError? = nil) {
        self.failure = failure
    }

    /// Every message handed over, in order (failed attempts included).
    public var sent: [OutgoingMail] { lock.withLock { outbox } }

    public func send(_ mail: OutgoingMail) async throws(MailError) -> MailReceipt {
        let count = lock.withLock {
            outbox.append(mail)
            return outbox.count
        }
        if let failure { throw failure }
        return MailReceipt(messageID: "<test-\(count)@\(mail.from.domain)>", date: Date(timeIntervalSince1970: 0), recipients: mail.recipients)
    }
}
