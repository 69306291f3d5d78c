/// Sends one email. `SendmailTransport` (CobradorOutbound) hands it to the system's mail command;
/// tests use a fake. Returns only when the message was accepted: on any failure it throws, and the
/// caller logs nothing as sent.
public protocol MailTransport: Sendable {
    func send(_ mail: OutgoingMail) async throws(MailError) -> MailReceipt
}
