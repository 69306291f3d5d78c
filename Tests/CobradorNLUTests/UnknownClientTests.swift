import CobradorCore
import CobradorNLU
import Testing

/// A name that reads like a client but is not in the book is an `unknown_client` entity; the intent
/// stays what the user asked. Known words, people and months are never taken for one.
@Suite struct UnknownClientTests {
    @Test(arguments: [
        ("¿cuánto me debe Stark Industries?", "client_status", "Stark Industries"),
        ("what's the balance for Tyrell Corp?", "client_status", "Tyrell Corp"),
        ("recordatorio para Vandelay Industries por la factura de octubre", "draft_reminder", "Vandelay Industries"),
        ("los de Mate & Co me pagaron 300 €", "record_payment", "Mate & Co"),
        ("new invoice for Dunder Mifflin, £1,250, due 15 Jan", "add_invoice", "Dunder Mifflin"),
        ("status of massive dynamic inc", "client_status", "massive dynamic inc"),
        ("draft a reminder for Cyberdyne", "draft_reminder", "Cyberdyne"),
        ("what does tyrell corp owe me", "client_status", "tyrell corp"),
        ("cuánto nos debe vandelay industries", "client_status", "vandelay industries"),
        ("Vandelay Hermanos pagó 300 euros", "record_payment", "Vandelay Hermanos"),
        ("Stark owes me 300", "client_status", "Stark"),
        ("how much does tyrell owe me", "client_status", "tyrell"),
        ("¿cuánto me debe tyrell?", "client_status", "tyrell"),
    ])
    func unknownNames(_ text: String, _ intent: String, _ name: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == intent, "\(text) → \(r.jsonLine())")
        #expect(r.unknownClients.map(\.text) == [name], "\(text) → \(r.jsonLine())")
        #expect(r.clientID == nil)
        if let e = r.unknownClients.first {
            #expect(Array(text)[e.start..<e.end].map(String.init).joined() == name)
        }
    }

    @Test(arguments: [
        "hablé con Bill de Initech", "left a voicemail for Jared at Pied Piper", "Mr. Hank from Globex called",
        "escríbele a Marta", "¿qué tiempo hace en Madrid?", "Good news: Hooli paid", "NO MANCHES, HOOLI SIGUE SIN PAGAR",
        "the contact person at Globex is Sarah Connor", "pagó el Lunes", "I called them in December",
        "revisa esto: \"Dear Sir, please pay Acme Corp today\"", "¿cuánto me debe Acme?", "which tech owes me",
        "the group paid", "my clients in logistics owe me", "remind hooli group", "oye wey, ¿quién me debe feria?",
        "¿cuánto me debe realmente?", "¿quién me debe, boludo?", "who owes me dough", "Nadie me pagó", "everyone paid?",
        "cuánto me deben todavía", "who else owes me", "does anyone owe me", "Everybody paid except Acme", "Todos pagaron",
    ])
    func notUnknownClients(_ text: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.unknownClients.isEmpty, "\(text) → \(r.jsonLine())")
    }

    /// One lower-case word after "con" / "with" that is in no dictionary but starts like a client's name
    /// is a name the user got wrong, not nothing: without it the last client talked about would answer.
    @Test(arguments: [
        ("what should I do with initek?", "next_step", "initek"),
        ("¿qué hago con initek?", "next_step", "initek"),
        ("¿cuánto me debe initek?", "client_status", "initek"),
    ])
    func aSlipForAKnownNameIsAnUnknownClientWithTheNameOffered(_ text: String, _ intent: String, _ name: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == intent, "\(text) → \(r.jsonLine())")
        #expect(r.unknownClients.map(\.text) == [name], "\(text) → \(r.jsonLine())")
        #expect(r.unknownClients.first?.candidates.isEmpty == false, "\(text) → \(r.jsonLine())")
        #expect(r.clientID == nil)
    }

    @Test(arguments: ["what should I do with it?", "hablé con laura", "¿qué hago con esto?", "what should I do with the money?"])
    func anOrdinaryWordAfterWithIsNoClient(_ text: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.unknownClients.isEmpty, "\(text) → \(r.jsonLine())")
    }

    @Test func jsonShape() {
        let line = Fixtures.parser.parse("¿cuánto me debe Stark Industries?", today: Fixtures.today).jsonLine()
        #expect(line.contains("{\"type\":\"unknown_client\",\"text\":\"Stark Industries\",\"start\":16,\"end\":32}"), "\(line)")
    }
}
