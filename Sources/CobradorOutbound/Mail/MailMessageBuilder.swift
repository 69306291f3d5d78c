import CobradorCore
import Foundation

/// Writes an `OutgoingMail` as an RFC 5322 + MIME message: `Date` (from the injected clock),
/// `From`, `Reply-To`, `To`, `Cc`, `Bcc`, `Subject`, a unique `Message-ID` on the `From` domain,
/// `MIME-Version`, a UTF-8 `text/plain` body in quoted-printable.
///
/// `Bcc` is written for the mail command to read (`sendmail -t` and `msmtp -t` take the
/// recipients from the headers and remove `Bcc` before sending).
public struct MailMessageBuilder: Sendable {
    public typealias Clock = @Sendable () -> Date
    public typealias Token = @Sendable () -> String

    private let now: Clock
    private let timeZone: TimeZone
    private let token: Token

    /// - Parameters:
    ///   - now: the clock of the `Date` header (tests inject a fixed one).
    ///   - timeZone: the zone the `Date` is written in (the machine's by default).
    ///   - token: the unique part of `Message-ID` before the time stamp (random by default).
    public init(now: @escaping Clock = { Date() }, timeZone: TimeZone = .current, token: @escaping Token = MailMessageBuilder.randomToken) {
        self.now = now
        self.timeZone = timeZone
        self.token = token
    }

    public func build(_ mail: OutgoingMail) -> MailMessage {
        let date = now()
        let messageID = "<\(Self.stamp(date)).\(token())@\(mail.from.domain)>"
        var fields: [HeaderField] = [
            HeaderField(name: "Date", plain: MailDate.format(date, in: timeZone)),
            HeaderField(name: "From", mailboxes: [mail.from]),
        ]
        if let replyTo = mail.replyTo { fields.append(HeaderField(name: "Reply-To", mailboxes: [replyTo])) }
        fields.append(HeaderField(name: "To", mailboxes: mail.to))
        if !mail.cc.isEmpty { fields.append(HeaderField(name: "Cc", mailboxes: mail.cc)) }
        if !mail.bcc.isEmpty { fields.append(HeaderField(name: "Bcc", mailboxes: mail.bcc)) }
        fields += [
            HeaderField(name: "Subject", text: mail.subject),
            HeaderField(name: "Message-ID", plain: messageID),
            HeaderField(name: "MIME-Version", plain: "1.0"),
            HeaderField(name: "Content-Type", plain: "text/plain; charset=UTF-8"),
            HeaderField(name: "Content-Transfer-Encoding", plain: "quoted-printable"),
        ]
        return MailMessage(
            messageID: messageID, date: date, recipients: mail.recipients, headerFields: fields.map(\.folded),
            encodedBody: QuotedPrintable.encode(mail.body))
    }

    /// 16 random bytes in hex: with the time stamp, unique without any state.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
    }

    /// `20261130T080000Z`: UTC, sortable, readable in a log.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { String(n ?? 0).leftPadded(to: 2) }
        return "\(c.year ?? 1970)\(two(c.month))\(two(c.day))T\(two(c.hour))\(two(c.minute))\(two(c.second))Z"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
