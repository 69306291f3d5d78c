import CobradorCore
import Foundation
import Testing

@testable import CobradorOutbound

/// The RFC 5322 / MIME message, byte for byte, from a fixed clock and Message-ID token.
@Suite("Mail message builder")
struct MailMessageBuilderTests {
    /// Monday 30 November 2026, 09:15:00 in Madrid (08:15:00 UTC).
    static let instant = Date(timeIntervalSince1970: 1_796_026_500)
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let builder = MailMessageBuilder(now: { instant }, timeZone: madrid, token: { "7f3a9c" })

    static func sender(bcc: String? = nil) throws -> MailSender {
        try MailSender(name: "Estudio Ñandú", email: "facturas@estudio.example", replyTo: "cobros@estudio.example", bcc: bcc)
    }

    @Test func wholeMessageExactly() throws {
        let mail = try OutgoingMail.reminder(
            from: Self.sender(bcc: "ana@estudio.example"), client: "Acme Ibérica, S.L.",
            emails: ["pagos@acme.example", "contabilidad@acme.example"],
            subject: "Último aviso: factura F-2026-088 vencida",
            body: "Hola, Marta:\n\nLa factura F-2026-088 (1.200,50 €) venció hace 45 días.\nUn saludo,\nAna")
        let message = Self.builder.build(mail)
        #expect(message.messageID == "<20261130T081500Z.7f3a9c@estudio.example>")
        #expect(message.recipients == ["pagos@acme.example", "contabilidad@acme.example", "ana@estudio.example"])
        let expected = """
            Date: Mon, 30 Nov 2026 09:15:00 +0100
            From: =?UTF-8?Q?Estudio_=C3=91and=C3=BA?= <facturas@estudio.example>
            Reply-To: =?UTF-8?Q?Estudio_=C3=91and=C3=BA?= <cobros@estudio.example>
            To: =?UTF-8?Q?Acme_Ib=C3=A9rica=2C_S=2EL=2E?= <pagos@acme.example>
            Cc: =?UTF-8?Q?Acme_Ib=C3=A9rica=2C_S=2EL=2E?= <contabilidad@acme.example>
            Bcc: ana@estudio.example
            Subject: =?UTF-8?Q?=C3=9Altimo?= aviso: factura F-2026-088 vencida
            Message-ID: <20261130T081500Z.7f3a9c@estudio.example>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            Hola, Marta:

            La factura F-2026-088 (1.200,50 =E2=82=AC) venci=C3=B3 hace 45 d=C3=ADas.
            Un saludo,
            Ana

            """
        #expect(message.text() == expected)
        #expect(message.text(lineEnding: "\r\n") == expected.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func plainASCIIStaysReadableAndSpecialsAreQuoted() throws {
        let from = try MailAddress("bill@shop.example", name: "Bill's Shop")
        let mail = try OutgoingMail(
            from: from, to: [MailAddress("ap@globex.example", name: "Globex, Inc. \"AP\"")], subject: "Invoice INV-7 now due",
            body: "Hi")
        let headers = Self.builder.build(mail).headerFields
        #expect(headers.contains("From: Bill's Shop <bill@shop.example>"))
        #expect(headers.contains(#"To: "Globex, Inc. \"AP\"" <ap@globex.example>"#))
        #expect(headers.contains("Subject: Invoice INV-7 now due"))
        #expect(!headers.contains { $0.hasPrefix("Reply-To:") || $0.hasPrefix("Cc:") || $0.hasPrefix("Bcc:") })
    }

    @Test func longSubjectsFoldAt78AndDecodeBack() throws {
        let subjects = [
            "Segundo aviso: facturas F-2026-061, F-2026-062, F-2026-063 y F-2026-064 pendientes de pago desde el mes pasado",
            "Último aviso antes de reclamación formal: F-2026-088, F-2026-089 — 12.345,67 € en total, señor Núñez 🧾🧾🧾",
            String(repeating: "ñ", count: 200),
            "https://pay.example/" + String(repeating: "x", count: 120) + " pagar",
            "=?UTF-8?Q?not_an_encoded_word?= at all",
            "Spaces  inside   and día  doble",
        ]
        for subject in subjects + TrickyTexts.make(200, seed: 7).map(Self.oneLine) {
            let mail = try OutgoingMail(from: MailAddress("a@b.example"), to: [MailAddress("c@d.example")], subject: subject, body: "")
            let text = Self.builder.build(mail).text()
            for line in text.split(separator: "\n") { #expect(line.utf8.count <= 78, "\(line)") }
            let field = try #require(MailDecoding.headers(text).first { $0.name == "Subject" })
            #expect(MailDecoding.decodeWords(field.value) == mail.subject, "\(subject)")
            #expect(field.value.unicodeScalars.allSatisfy { $0.isASCII && ($0.value >= 0x20 || $0 == "\t") })
        }
    }

    @Test func namesRoundTripInEveryAddressField() throws {
        let names = [
            "José Ñúñez", "Müller & Söhne GmbH", "株式会社テスト", "O'Brien", "A \"quoted\" \\ name", String(repeating: "é", count: 90),
        ]
        for name in names {
            let mail = try OutgoingMail(
                from: MailAddress("a@b.example", name: name, field: "From"), to: [MailAddress("c@d.example", name: name)],
                subject: "s", body: "")
            let text = Self.builder.build(mail).text()
            for line in text.split(separator: "\n") { #expect(line.utf8.count <= 78, "\(line)") }
            let to = try #require(MailDecoding.headers(text).first { $0.name == "To" })
            let decoded = MailDecoding.decodeWords(to.value)
            let unquoted =
                decoded.hasPrefix("\"")
                ? String(decoded.dropFirst().prefix(while: { $0 != "<" }).dropLast(2)).replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "\\\\", with: "\\")
                : String(decoded.prefix(while: { $0 != "<" }).dropLast())
            #expect(unquoted == name)
            #expect(decoded.hasSuffix("<c@d.example>"))
        }
    }

    @Test func quotedPrintableRules() {
        #expect(QuotedPrintable.encode("Hola, ¿qué tal?") == "Hola, =C2=BFqu=C3=A9 tal?")
        #expect(QuotedPrintable.encode("fin \nsiguiente\t") == "fin=20\nsiguiente=09")
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode(".\nFrom here\nFrom\n.a") == "=2E\n=46rom here\nFrom\n=2Ea")
        #expect(
            QuotedPrintable.encode(String(repeating: "a", count: 100))
                == String(repeating: "a", count: 75) + "=\n" + String(repeating: "a", count: 25))
        // An escape is never split across a soft break.
        let euros = QuotedPrintable.encode(String(repeating: "€", count: 30))
        for line in euros.split(separator: "\n") {
            #expect(line.utf8.count <= 76)
            #expect(!line.dropLast().hasSuffix("=") || line.hasSuffix("="))
        }
        #expect(MailDecoding.quotedPrintable(euros) == String(repeating: "€", count: 30))
        for text in TrickyTexts.make(300, seed: 11) {
            let encoded = QuotedPrintable.encode(text.replacingCRLF())
            for line in encoded.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.utf8.count <= 76)
                #expect(line.unicodeScalars.allSatisfy { ($0.value >= 0x20 && $0.value < 0x7F) || $0 == "\t" })
                #expect(!line.hasSuffix(" ") && !line.hasSuffix("\t"))
            }
            #expect(MailDecoding.quotedPrintable(encoded) == text.replacingCRLF())
        }
    }

    @Test func dateHeaderFollowsTheZone() {
        #expect(MailDate.format(Self.instant, in: TimeZone(identifier: "UTC")!) == "Mon, 30 Nov 2026 08:15:00 +0000")
        #expect(MailDate.format(Self.instant, in: TimeZone(identifier: "America/Mexico_City")!) == "Mon, 30 Nov 2026 02:15:00 -0600")
        #expect(MailDate.format(Self.instant, in: TimeZone(identifier: "Asia/Kolkata")!) == "Mon, 30 Nov 2026 13:45:00 +0530")
        // Summer time in Madrid: 1 July 2026, 10:00 UTC.
        #expect(MailDate.format(Date(timeIntervalSince1970: 1_782_900_000), in: Self.madrid) == "Wed, 01 Jul 2026 12:00:00 +0200")
    }

    @Test func messageIDsAreUniqueOnTheFromDomain() throws {
        let builder = MailMessageBuilder(now: { Self.instant })
        let mail = try OutgoingMail(from: MailAddress("x@Mail.Estudio.Example"), to: [MailAddress("c@d.example")], subject: "s", body: "b")
        let ids = Set((0..<500).map { _ in builder.build(mail).messageID })
        #expect(ids.count == 500)
        #expect(ids.allSatisfy { $0.hasPrefix("<20261130T081500Z.") && $0.hasSuffix("@mail.estudio.example>") })
    }

    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\u{2028}" }.map(Character.init))
    }
}

extension String {
    func replacingCRLF() -> String { replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
}
