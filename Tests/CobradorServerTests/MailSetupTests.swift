import CobradorCore
import CobradorTestSupport
import Foundation
import Testing

/// The Core-facing mail API the send handler uses: addresses checked, reminders composed,
/// injection refused, errors carried through a fake transport.
@Suite("Mail setup and addresses")
struct MailSetupTests {
    static let sender = try! MailSender(name: "Ana", email: "ana@estudio.example", replyTo: "cobros@estudio.example", bcc: "ana@estudio.example")

    @Test func reminderGoesToTheFirstEmailWithTheOthersInCc() async throws {
        let transport = RecordingMailTransport()
        let setup = MailSetup(sender: Self.sender, transport: transport)
        let mail = try setup.reminder(
            client: "Acme", emails: ["pagos@acme.example", " marta@acme.example ", "PAGOS@acme.example", ""], subject: " Factura ",
            body: "Hola\r\nAdiós")
        #expect(mail.to.map(\.description) == ["Acme <pagos@acme.example>"])
        #expect(mail.cc.map(\.address) == ["marta@acme.example"])
        #expect(mail.bcc.map(\.address) == ["ana@estudio.example"])
        #expect(mail.replyTo?.address == "cobros@estudio.example")
        #expect(mail.subject == "Factura")
        #expect(mail.body == "Hola\nAdiós")
        #expect(transport.sent.isEmpty)
        let receipt = try await setup.send(mail)
        #expect(receipt.messageID == "<test-1@estudio.example>")
        #expect(receipt.recipients == ["pagos@acme.example", "marta@acme.example", "ana@estudio.example"])
        #expect(transport.sent == [mail])
    }

    @Test func aClientWithoutEmail() {
        #expect(throws: MailError.noRecipient(client: "Hooli")) {
            try MailSetup(sender: Self.sender, transport: RecordingMailTransport()).reminder(client: "Hooli", emails: [], subject: "s", body: "b")
        }
    }

    @Test func unconfiguredMailSaysWhatIsMissing() async throws {
        #expect(throws: MailError.missingSender) {
            try MailSetup.unconfigured.reminder(client: "Acme", emails: ["a@b.example"], subject: "s", body: "b")
        }
        #expect(throws: MailError.missingSender) { try MailSender(name: "Ana", email: "  ") }
        #expect(throws: MailError.invalidAddress(field: MailField(header: "From", kind: .address), value: "ana@")) {
            try MailSender(name: "Ana", email: "ana@")
        }
    }

    @Test func headerInjectionIsRefusedEverywhere() throws {
        let from = Self.sender.from
        let to = try MailAddress("pagos@acme.example")
        #expect(throws: MailError.headerInjection(field: .subject)) {
            try OutgoingMail(from: from, to: [to], subject: "Factura\r\nBcc: victim@evil.example", body: "b")
        }
        #expect(throws: MailError.headerInjection(field: .subject)) { try OutgoingMail(from: from, to: [to], subject: "a\nb", body: "") }
        #expect(throws: MailError.headerInjection(field: MailField(header: "To", kind: .name))) {
            try Self.sender.reminderTo(client: "Acme\nBcc: x@evil.example", email: "pagos@acme.example")
        }
        #expect(throws: MailError.headerInjection(field: MailField(header: "To", kind: .address))) {
            try Self.sender.reminderTo(client: "Acme", email: "pagos@acme.example\r\nBcc: x@evil.example")
        }
        #expect(throws: MailError.headerInjection(field: MailField(header: "Cc", kind: .address))) {
            try OutgoingMail.reminder(from: Self.sender, client: "Acme", emails: ["a@acme.example", "b@acme.example\n"], subject: "s", body: "")
        }
        #expect(throws: MailError.headerInjection(field: MailField(header: "From", kind: .name))) {
            try MailSender(name: "Ana\u{0}", email: "ana@estudio.example")
        }
        #expect(throws: MailError.headerInjection(field: .subject)) { try OutgoingMail(from: from, to: [to], subject: "a\u{2028}b", body: "") }
        // A tab is not a line break.
        #expect(try OutgoingMail(from: from, to: [to], subject: "a\tb", body: "").subject == "a\tb")
    }

    @Test(arguments: [
        "ana@estudio.example", "a.b+c@sub.example.es", "o'brien@x.example", "USER@EXAMPLE.COM", "x_y-z@a-b.example",
    ])
    func validAddresses(address: String) throws {
        #expect(try MailAddress(address).address == address)
    }

    @Test(arguments: [
        "", "ana", "ana@", "@example.com", "ana@localhost", "ana@@example.com", "ana @example.com", "ana@exa mple.com",
        ".ana@example.com", "ana.@example.com", "an..a@example.com", "ana@-example.com", "ana@example-.com", "ana@example..com",
        "ñandú@example.com", "ana@bücher.example", "<ana@example.com>", "Ana <ana@example.com>", "ana@example.com,bob@example.com",
        String(repeating: "a", count: 65) + "@example.com",
    ])
    func invalidAddresses(address: String) {
        #expect(throws: MailError.invalidAddress(field: MailField(header: "To", kind: .address), value: address)) { try MailAddress(address) }
    }

    @Test func aStoredMailIsCheckedAgainWhenRead() throws {
        let mail = try Self.sender.reminderTo(client: "Acme Ibérica", email: "pagos@acme.example")
        let data = try JSONEncoder().encode(mail)
        #expect(try JSONDecoder().decode(OutgoingMail.self, from: data) == mail)
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"Factura\"", with: #""Factura\r\nBcc: x@evil.example""#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OutgoingMail.self, from: Data(tampered.utf8)) }
    }

    @Test func previewShowsWhatGoesOut() throws {
        let mail = try OutgoingMail.reminder(
            from: Self.sender, client: "Acme", emails: ["pagos@acme.example"], subject: "Factura", body: "1\n2\n3\n4\n5\n6")
        let preview = MailPreview(mail, lines: 3)
        #expect(preview.from == "Ana <ana@estudio.example>")
        #expect(preview.replyTo == "Ana <cobros@estudio.example>")
        #expect(preview.to == "Acme <pagos@acme.example>")
        #expect(preview.cc == nil)
        #expect(preview.bcc == "ana@estudio.example")
        #expect(preview.firstLines == ["1", "2", "3"])
        #expect(
            preview.templateContext == [
                "from": "Ana <ana@estudio.example>", "reply_to": "Ana <cobros@estudio.example>", "to": "Acme <pagos@acme.example>",
                "bcc": "ana@estudio.example", "subject": "Factura", "first_lines": "1\n2\n3", "more_lines": "3",
            ])
    }
}

extension MailSender {
    func reminderTo(client: String, email: String) throws(MailError) -> OutgoingMail {
        try OutgoingMail.reminder(from: self, client: client, emails: [email], subject: "Factura", body: "Hola")
    }
}
