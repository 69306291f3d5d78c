import CobradorCore
import CobradorNLU
import Testing

@Suite struct OtherEntityTests {
    @Test(arguments: [
        ("prepara un aviso para Hooli por la factura H-778", "H-778"), ("mark invoice S-0042 as paid", "S-0042"),
        ("write about inv-5521", "INV-5521"), ("Acme pagó la f-2026-101", "F-2026-101"), ("Acme pagó la 088", "F-2026-088"),
        ("la factura 101 está pagada", "F-2026-101"), ("invoice #5521 is paid", "INV-5521"), ("añade la factura F-2026-120 a Acme", "F-2026-120"),
        ("registra la FRA-99 de Acme", "FRA-99"),
    ])
    func invoices(_ text: String, _ number: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.invoice == number, "\(text) → \(r.jsonLine())")
    }

    @Test func knownInvoiceNamesItsClient() {
        #expect(Fixtures.parser.parse("marca la H-778 como pagada", today: Fixtures.today).invoiceClientID == 7)
    }

    @Test(arguments: [
        ("el email de Acme es facturas@acme.es", "facturas@acme.es"), ("Hooli's billing email is AP@Hooli.mx.", "ap@hooli.mx"),
        ("en Globex también puedo escribir a Sarah, sarah@globex.com", "sarah@globex.com"),
    ])
    func emails(_ text: String, _ email: String) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).email == email)
    }

    @Test(arguments: [
        ("el teléfono de Umbrella es 911 444 555", "911444555"), ("Acme: +34 600 111 222", "+34600111222"),
        ("Globex phone is +1 415 555 0100", "+14155550100"), ("móvil de Hooli 600-111-222", "600111222"),
        ("call them at (415) 555-0100", "4155550100"),
    ])
    func phones(_ text: String, _ phone: String) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).phone == phone)
    }

    @Test func personChannelOutcomeTone() {
        let p = Fixtures.parser
        #expect(p.parse("hablé con Marta del estudio Núñez", today: Fixtures.today).person == "Marta")
        #expect(p.parse("the contact person at Globex is Sarah Connor", today: Fixtures.today).person == "Sarah Connor")
        #expect(p.parse("la contadora de Umbrella se llama Marta López", today: Fixtures.today).person == "Marta López")
        #expect(p.parse("Globex accountant is named John Smith", today: Fixtures.today).person == "John Smith")
        #expect(p.parse("en Globex también puedo escribir a Sarah, sarah@globex.com", today: Fixtures.today).person == "Sarah")
        #expect(p.parse("llamé a Globex y no contestan", today: Fixtures.today).outcome == "no_answer")
        #expect(p.parse("llamé a Globex y no contestan", today: Fixtures.today).channel == "phone")
        #expect(p.parse("Hooli me contestó ayer", today: Fixtures.today).outcome == "answered")
        #expect(p.parse("I called Hooli, no answer", today: Fixtures.today).outcome == "no_answer")
        #expect(p.parse("ya le envié el recordatorio a Acme", today: Fixtures.today).outcome == "sent")
        #expect(p.parse("le mandé un whatsapp a Hooli", today: Fixtures.today).channel == "other")
        #expect(p.parse("envié la carta a Soylent", today: Fixtures.today).channel == "letter")
        #expect(p.parse("le mandé un whats a Hooli", today: Fixtures.today).channel == "other")
        // "whats" alone is English for "what's", not WhatsApp.
        #expect(p.parse("whats next for soylent", today: Fixtures.today).channel == nil)
        #expect(p.parse("I emailed Globex", today: Fixtures.today).channel == "email")
        #expect(p.parse("escribe un recordatorio firme para Acme", today: Fixtures.today).tone == "firm")
        #expect(p.parse("draft a friendly reminder for Globex", today: Fixtures.today).tone == "friendly")
        #expect(p.parse("Umbrella disputa la factura F-2026-061", today: Fixtures.today).pauseKind == "dispute")
        #expect(p.parse("pausa los recordatorios a Initech", today: Fixtures.today).pauseKind == "pause")
    }

    @Test(arguments: [
        ("facturas vencidas hace más de 30 días", 30), ("invoices older than 60 days", 60), ("overdue by more than 90 days", 90),
        ("facturas de más de 45 días", 45), ("facturas con 30 días o más", 30), ("overdue invoices over 15 days", 15),
        ("facturas vencidas hace más de un mes", 30), ("facturas vencidas hace más de treinta días", 30),
    ])
    func days(_ text: String, _ n: Int) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.days == n, "\(text) → \(r.jsonLine())")
        #expect(r.intent == "list_overdue", "\(text) → \(r.jsonLine())")
    }

    @Test func quotesForToneChecks() {
        let p = Fixtures.parser
        let a = p.parse("revisa el tono: 'Llevo semanas esperando, esto es inaceptable, pagad YA'", today: Fixtures.today)
        #expect(a.intent == "check_tone")
        #expect(a.quote == "Llevo semanas esperando, esto es inaceptable, pagad YA")
        let b = p.parse("¿suena profesional este mensaje? Hola, les recuerdo que la factura venció ayer", today: Fixtures.today)
        #expect(b.intent == "check_tone")
        #expect(b.quote == "Hola, les recuerdo que la factura venció ayer")
        let c = p.parse("check my tone: you people never pay on time!!!", today: Fixtures.today)
        #expect(c.quote == "you people never pay on time!!!")
    }
}
