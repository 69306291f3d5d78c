import CobradorCore
import CobradorNLU
import Testing

/// The request inside a message decides: greetings, stories, complaints and sign-offs around it do
/// not, and `decided_by` says which words did.
@Suite struct ClauseDecisionTests {
    static let cases: [(text: String, intent: String, decidedBy: String)] = [
        ("hola! ¿quién me debe?", "who_owes", "quién me debe"),
        ("buenas tardes, ¿qué tengo que hacer hoy?", "agenda", "qué tengo que hacer hoy"),
        ("ya hablé con Hooli la semana pasada, ahora escríbeles el recordatorio", "draft_reminder", "ahora escríbeles el recordatorio"),
        ("uf, Umbrella sigue sin pagar. ¿qué hago?", "next_step", "qué hago"),
        ("Great news: Globex sent 1,000 dollars, can you record it?", "record_payment", "Globex sent 1,000 dollars"),
        ("thanks! and who owes me money now?", "who_owes", "and who owes me money now"),
        (
            "ok so I finally reached someone at Soylent, they said the invoice is with finance", "log_contact",
            "so I finally reached someone at Soylent, they said the invoice is with finance"
        ),
        ("mil gracias, me has salvado el día", "thanks", "mil gracias, me has salvado el día"),
        ("globex is well past due, what should I do now?", "next_step", "what should I do now"),
    ]

    @Test(arguments: cases)
    func requestClauseDecides(_ c: (text: String, intent: String, decidedBy: String)) throws {
        let r = Fixtures.parser.parse(c.text, today: Fixtures.today)
        #expect(r.intent == c.intent, "\(c.text) → \(r.jsonLine())")
        let span = try #require(r.decidedBy)
        let chars = Array(c.text)
        #expect(String(chars[span.start..<span.end]) == c.decidedBy, "\(c.text) → \(r.jsonLine())")
    }

    @Test func jsonSaysWhichSpanDecided() {
        let line = Fixtures.parser.parse("buen día! ¿qué hay para hoy?", today: Fixtures.today).jsonLine()
        #expect(line.hasSuffix(",\"decided_by\":{\"start\":11,\"end\":27}}"), "\(line)")
    }

    /// A line break ends a clause however the message's lines end (chat clients on Windows paste CR LF).
    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineBreaksEndAClause(_ newline: String) throws {
        let text = "ya hablé con Hooli la semana pasada\(newline)ahora escríbeles el recordatorio"
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == "draft_reminder", "\(r.jsonLine())")
        let span = try #require(r.decidedBy)
        #expect(String(Array(text)[span.start..<span.end]) == "ahora escríbeles el recordatorio", "\(r.jsonLine())")
    }

    /// What a client wrote is evidence; the user's own words decide.
    @Test(arguments: [
        ("Fwd: «el lunes os pagamos la F-2026-101» apúntalo", "promise_to_pay"),
        ("Hank wrote: 'we'll wire it next week' - what should I do?", "next_step"),
        ("Umbrella me contestó: \"revisaremos la factura\", ¿qué hago ahora?", "next_step"),
        ("Globex wrote \"payment goes out friday\", note it", "promise_to_pay"),
    ])
    func quotesAreEvidence(_ text: String, _ intent: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == intent, "\(text) → \(r.jsonLine())")
    }

    /// A tone check needs a request to review and the user's own draft.
    @Test(arguments: [
        ("revisa el tono de este correo: \"Hola, la factura sigue pendiente, ¿me decís algo?\"", "check_tone"),
        ("does this sound too harsh? \"Pay now or we stop all work.\"", "check_tone"),
        ("¿suena bien esto? Hola, les recuerdo que la factura venció la semana pasada", "check_tone"),
        ("llamé a Acme y me dijeron: \"pagamos el viernes sin falta\"", "promise_to_pay"),
        ("Soylent replied: \"we are reviewing it\"", "log_contact"),
        ("¡qué harto estoy de Umbrella! no pagan nunca, ¿qué hago?", "next_step"),
        ("check who owes me money", "who_owes"),
        ("revisa el estado de Hooli", "client_status"),
    ])
    func toneChecksNeedACueAndADraft(_ text: String, _ intent: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == intent, "\(text) → \(r.jsonLine())")
        if intent == "check_tone" { #expect(r.quote != nil) }
    }

    /// Negations and self-corrections.
    @Test(arguments: [
        ("no le escribas todavía a Initech, solo dime qué toca", "next_step", "Initech"),
        ("don't send anything to hooli yet, what's the next step?", "next_step", "Hooli"),
        ("no le mandes más recordatorios a Wayne por ahora, estamos negociando", "pause_followup", "Wayne Enterprises"),
        ("llamé a acme no perdón a globex esta mañana", "log_contact", "Globex Corporation"),
        ("draft a reminder for initech, I mean hooli", "draft_reminder", "Hooli"),
    ])
    func negationsAndCorrections(_ text: String, _ intent: String, _ client: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == intent, "\(text) → \(r.jsonLine())")
        #expect(r.entities(.client).map(\.value) == [client], "\(text) → \(r.jsonLine())")
    }
}
