/// What is about to go out, shown before the user confirms: the headers a person checks and the
/// first lines of the body. Render it with `Responses/*/mail.yml`'s `mail.preview` and
/// `templateContext`.
public struct MailPreview: Hashable, Sendable {
    public var from: String
    public var replyTo: String?
    public var to: String
    public var cc: String?
    public var bcc: String?
    public var subject: String
    /// The body's first lines (leading blank lines skipped).
    public var firstLines: [String]
    /// How many lines of the body are not shown.
    public var moreLines: Int

    public init(_ mail: OutgoingMail, lines: Int = 4) {
        func list(_ mailboxes: [MailAddress]) -> String? {
            mailboxes.isEmpty ? nil : mailboxes.map(\.description).joined(separator: ", ")
        }
        from = mail.from.description
        replyTo = mail.replyTo.flatMap { $0.address == mail.from.address ? nil : $0.description }
        to = list(mail.to) ?? ""
        cc = list(mail.cc)
        bcc = list(mail.bcc)
        subject = mail.subject
        var body = mail.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = body.first, first.trimmingASCIIWhitespace().isEmpty { body.removeFirst() }
        while let last = body.last, last.trimmingASCIIWhitespace().isEmpty { body.removeLast() }
        firstLines = Array(body.prefix(max(lines, 0)))
        moreLines = body.count - firstLines.count
    }

    /// Keys for the template: `from`, `reply_to`, `to`, `cc`, `bcc`, `subject`, `first_lines`
    /// (joined by line breaks), `more_lines` (the count, absent when everything is shown).
    public var templateContext: [String: String] {
        var context = ["from": from, "to": to, "subject": subject, "first_lines": firstLines.joined(separator: "\n")]
        context["reply_to"] = replyTo
        context["cc"] = cc
        context["bcc"] = bcc
        if moreLines > 0 { context["more_lines"] = String(moreLines) }
        return context
    }
}
