/// Who sends: `From`, `Reply-To` and the optional blind copy to the user, from the configuration
/// (`business.name`, `business.email`, `business.reply_to`, `mail.bcc`).
public struct MailSender: Hashable, Sendable, Codable {
    public let from: MailAddress
    public let replyTo: MailAddress?
    public let bcc: MailAddress?

    /// Throws `.missingSender` without an email, `.invalidAddress` / `.headerInjection` for a bad one.
    public init(name: String?, email: String?, replyTo: String? = nil, bcc: String? = nil) throws(MailError) {
        guard let email, !email.trimmingASCIIWhitespace().isEmpty else { throw .missingSender }
        let name = name.flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : $0 }
        from = try MailAddress(email, name: name, field: "From")
        self.replyTo = try replyTo.flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : $0 }
            .map { value throws(MailError) in try MailAddress(value, name: name, field: "Reply-To") }
        self.bcc = try bcc.flatMap { $0.trimmingASCIIWhitespace().isEmpty ? nil : $0 }
            .map { value throws(MailError) in try MailAddress(value, field: "Bcc") }
    }
}
