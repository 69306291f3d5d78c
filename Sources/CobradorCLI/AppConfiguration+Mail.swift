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

extension AppConfiguration {
    /// Sender and transport for the Bot, never failing at start-up: a missing `business.email` or a
    /// broken `mail.command` is reported when the user asks to send.
    func mailSetup(environment: [String: String]? = nil) -> MailSetup {
        let sender = Result { () throws(MailError) in try mailSender() }
        let transport = Result { () throws(MailError) -> any MailTransport in try mailTransport(environment: environment) }
        return MailSetup(sender: sender, transport: transport)
    }
}
