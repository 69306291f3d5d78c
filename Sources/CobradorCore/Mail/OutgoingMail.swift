/// An email ready to go: checked addresses and a subject without line breaks. Built here (a pure
/// value the Bot keeps while it waits for "yes"); `MailTransport` turns it into an RFC 5322
/// message and hands it over.
public struct OutgoingMail: Hashable, Sendable, Codable {
    public let from: MailAddress
    public let replyTo: MailAddress?
    public let to: [MailAddress]
    public let cc: [MailAddress]
    public let bcc: [MailAddress]
    public let subject: String
    /// Plain text; line breaks as `\n`.
    public let body: String

    public init(
        from: MailAddress, replyTo: MailAddress? = nil, to: [MailAddress], cc: [MailAddress] = [], bcc: [MailAddress] = [],
        subject: String, body: String
    ) throws(MailError) {
        guard !to.isEmpty else { throw .invalidAddress(field: MailField(header: "To", kind: .address), value: "") }
        if MailAddress.hasControlCharacter(subject) { throw .headerInjection(field: .subject) }
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.subject = subject.trimmingASCIIWhitespace()
        self.body = body.replacingCRLF()
    }

    /// A reminder to a client: `To` the first email on record, `Cc` the others, `Bcc` the user's
    /// copy when configured; every mailbox named after the client.
    public static func reminder(
        from sender: MailSender, client: String, emails: [String], subject: String, body: String
    ) throws(MailError) -> OutgoingMail {
        let emails = emails.filter { !$0.trimmingASCIIWhitespace().isEmpty }
        guard let first = emails.first else { throw .noRecipient(client: client) }
        let to = try MailAddress(first, name: client, field: "To")
        var cc: [MailAddress] = []
        for email in emails.dropFirst() {
            let mailbox = try MailAddress(email, name: client, field: "Cc")
            let key = mailbox.address.lowercased()
            if key != to.address.lowercased() && !cc.contains(where: { $0.address.lowercased() == key }) { cc.append(mailbox) }
        }
        return try OutgoingMail(
            from: sender.from, replyTo: sender.replyTo, to: [to], cc: cc, bcc: sender.bcc.map { [$0] } ?? [], subject: subject,
            body: body)
    }

    /// Every address the message goes to (the SMTP envelope): To, Cc and Bcc, each once.
    public var recipients: [String] {
        var seen = Set<String>()
        return (to + cc + bcc).map(\.address).filter { seen.insert($0.lowercased()).inserted }
    }

    enum CodingKeys: String, CodingKey {
        case from
        case replyTo = "reply_to"
        case to, cc, bcc, subject, body
    }

    /// Decoding checks again: a stored conversation must not smuggle in what the initialiser refuses.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                from: c.decode(MailAddress.self, forKey: .from), replyTo: c.decodeIfPresent(MailAddress.self, forKey: .replyTo),
                to: c.decode([MailAddress].self, forKey: .to), cc: c.decodeIfPresent([MailAddress].self, forKey: .cc) ?? [],
                bcc: c.decodeIfPresent([MailAddress].self, forKey: .bcc) ?? [], subject: c.decode(String.self, forKey: .subject),
                body: c.decode(String.self, forKey: .body))
        } catch let error as MailError {
            throw DecodingError.dataCorruptedError(forKey: .subject, in: c, debugDescription: error.description)
        }
    }
}

extension String {
    /// `\r\n` and lone `\r` as `\n`: the body's line breaks are the builder's to write.
    func replacingCRLF() -> String {
        guard utf8.contains(UInt8(ascii: "\r")) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
