import CobradorContent
import CobradorCore
import CobradorOutbound
import Foundation

extension AppConfiguration {
    /// `From`, `Reply-To` and `Bcc` from `business.name`, `business.email`, `business.reply_to` and
    /// `mail.bcc`. Throws `MailError.missingSender` when `business.email` is not set.
    func mailSender() throws(MailError) -> MailSender {
        try MailSender(name: business?.name, email: business?.email, replyTo: business?.replyTo, bcc: mail?.bcc)
    }

    /// The transport of `mail.command` (default `sendmail -t -i`) with `mail.timeout` seconds (default 30).
    func mailTransport(environment: [String: String]? = nil) throws(MailError) -> SendmailTransport {
        let seconds = max(1, min(mail?.timeout ?? 30, 600))
        return try SendmailTransport(commandLine: mail?.command, timeout: .seconds(seconds), environment: environment)
    }
}
