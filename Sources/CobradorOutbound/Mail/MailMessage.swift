import CobradorCore
import Foundation

/// An RFC 5322 message as it is handed to the mail command: folded header fields, a blank line,
/// the quoted-printable body.
public struct MailMessage: Hashable, Sendable {
    /// With angle brackets: `<20261130T080000Z.9f2c…@example.com>`.
    public let messageID: String
    public let date: Date
    /// The envelope: every To, Cc and Bcc address once.
    public let recipients: [String]
    /// Each field folded, continuation lines joined by `\n` (in order of writing).
    public let headerFields: [String]
    /// Quoted-printable, lines joined by `\n`.
    public let encodedBody: String

    init(messageID: String, date: Date, recipients: [String], headerFields: [String], encodedBody: String) {
        self.messageID = messageID
        self.date = date
        self.recipients = recipients
        self.headerFields = headerFields
        self.encodedBody = encodedBody
    }

    /// The whole message with the given line ending: `\n` for a sendmail-compatible command on
    /// stdin (the local convention; it writes CRLF on the wire), `\r\n` for SMTP itself.
    public func text(lineEnding: String = "\n") -> String {
        let lines = headerFields.joined(separator: "\n") + "\n\n" + encodedBody + "\n"
        return lineEnding == "\n" ? lines : lines.replacingOccurrences(of: "\n", with: lineEnding)
    }

    public var receipt: MailReceipt { MailReceipt(messageID: messageID, date: date, recipients: recipients) }
}
