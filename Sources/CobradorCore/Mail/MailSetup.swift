/// What the Bot needs to send email: who sends and how. Either may be unusable (no
/// `business.email`, a `mail.command` that cannot be read); the error is then given when the user
/// asks to send, so everything else still works without mail configured.
public struct MailSetup: Sendable {
    public let sender: Result<MailSender, MailError>
    public let transport: Result<any MailTransport, MailError>

    public init(sender: Result<MailSender, MailError>, transport: Result<any MailTransport, MailError>) {
        self.sender = sender
        self.transport = transport
    }

    public init(sender: MailSender, transport: any MailTransport) {
        self.init(sender: .success(sender), transport: .success(transport))
    }

    /// Mail not configured at all: every attempt says how to set `business.email`.
    public static let unconfigured = MailSetup(sender: .failure(.missingSender), transport: .failure(.missingSender))

    /// The reminder to a client, ready to preview (`MailPreview(mail)`) and, once confirmed, to `send`.
    public func reminder(client: String, emails: [String], subject: String, body: String) throws(MailError) -> OutgoingMail {
        try OutgoingMail.reminder(from: sender.get(), client: client, emails: emails, subject: subject, body: body)
    }

    /// Hands the message over; returns only when it was accepted.
    public func send(_ mail: OutgoingMail) async throws(MailError) -> MailReceipt {
        try await transport.get().send(mail)
    }
}
