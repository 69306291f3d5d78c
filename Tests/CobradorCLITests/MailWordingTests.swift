import CobradorBot
import CobradorContent
import CobradorCore
import CobradorTestSupport
import Foundation
import Testing

/// `Responses/{es,en}/mail.yml`: every sentence the send handler needs exists in both languages
/// and renders from `MailPreview` and `MailError` values.
@Suite struct MailWordingTests {
    static let replies = try! ResponseLibrary.load()

    static func mail() throws -> OutgoingMail {
        try OutgoingMail.reminder(
            from: MailSender(
                name: "Ana Pérez", email: "ana@estudio.example", replyTo: "cobros@estudio.example", bcc: "ana@estudio.example"),
            client: "Acme", emails: ["pagos@acme.example", "marta@acme.example"], subject: "Factura F-2026-088 vencida",
            body: "\nHola, Marta:\n\nLa factura F-2026-088 venció hace 45 días.\n¿Puedes confirmarme la fecha de pago?\nUn saludo,\nAna\n\n")
    }

    @Test func previewInSpanish() throws {
        let preview = MailPreview(try Self.mail(), lines: 4)
        #expect(preview.firstLines == ["Hola, Marta:", "", "La factura F-2026-088 venció hace 45 días.", "¿Puedes confirmarme la fecha de pago?"])
        #expect(preview.moreLines == 2)
        #expect(
            try Self.replies.render("mail.preview", .es, MailPreviewView(preview), variation: 0) == """
                Voy a enviar este correo:
                De: Ana Pérez <ana@estudio.example>
                Responder a: Ana Pérez <cobros@estudio.example>
                Para: Acme <pagos@acme.example>
                Cc: Acme <marta@acme.example>
                Cco: ana@estudio.example
                Asunto: Factura F-2026-088 vencida

                Hola, Marta:

                La factura F-2026-088 venció hace 45 días.
                ¿Puedes confirmarme la fecha de pago?
                [… 2 líneas más]

                ¿Lo envío? (sí / no)
                """)
    }

    @Test func previewInEnglishWithoutOptionalHeaders() throws {
        let mail = try OutgoingMail.reminder(
            from: MailSender(name: "Ana", email: "ana@studio.example"), client: "Globex", emails: ["ap@globex.example"],
            subject: "Invoice INV-7 now due", body: "Hi,\nINV-7 is now due.")
        #expect(
            try Self.replies.render("mail.preview", .en, MailPreviewView(MailPreview(mail)), variation: 0) == """
                I'm about to send this email:
                From: Ana <ana@studio.example>
                To: Globex <ap@globex.example>
                Subject: Invoice INV-7 now due

                Hi,
                INV-7 is now due.

                Send it? (yes / no)
                """)
    }

    static let errors: [MailError] = [
        .headerInjection(field: .subject), .headerInjection(field: MailField(header: "To", kind: .name)),
        .headerInjection(field: MailField(header: "Cc", kind: .address)),
        .invalidAddress(field: MailField(header: "To", kind: .address), value: "pagos@"),
        .missingSender, .noRecipient(client: "Hooli"), .invalidCommand(command: "msmtp 'x"), .commandNotFound(program: "sendmail"),
        .commandFailed(program: "msmtp", status: 69, message: "msmtp: could not send mail (account default from /home/ana/.msmtprc)"),
        .commandFailed(program: "sendmail", status: 1, message: nil), .timedOut(program: "msmtp", seconds: 30, message: "msmtp: connecting"),
    ]

    @Test(arguments: errors) func everyErrorHasItsSentenceInBothLanguages(error: MailError) throws {
        for language in Language.allCases {
            let text = try Self.replies.render(error.replyKey, language, MailErrorView(error), variation: 0)
            #expect(text != error.replyKey, "\(error.replyKey) missing in \(language)")
            #expect(!text.contains("{{"))
            // The subject's sentence says "the subject" in words rather than naming the header.
            let named = error == .headerInjection(field: .subject) ? [:] : error.replyContext
            for value in named.values where !value.isEmpty { #expect(text.contains(value), "\(language): \(text)") }
        }
    }

    @Test func theSentencesTheHandlerNeeds() throws {
        #expect(
            try Self.replies.render("mail.error.no_recipient", .es, MailErrorView(.noRecipient(client: "Hooli")), variation: 0)
                .hasPrefix("No tengo email de Hooli: ¿me lo dices?"))
        let sent = MailSentView(to: "pagos@acme.example", client: "Acme", messageID: "<x@y>")
        for language in Language.allCases {
            for key in ["mail.sent", "mail.undo_sent"] { #expect(try !Self.replies.render(key, language, sent, variation: 0).isEmpty) }
            for key in ["mail.cancelled", "mail.nothing_to_send"] {
                #expect(try !Self.replies.render(key, language, MessageView(), variation: 0).isEmpty)
            }
        }
        let failed = MailError.commandFailed(program: "msmtp", status: 1, message: nil)
        #expect(
            try Self.replies.render("mail.error.command_failed", .en, MailErrorView(failed), variation: 0)
                == "Could not send: msmtp exited with status 1. Nothing was sent or logged.")
    }
}
