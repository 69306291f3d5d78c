import CobradorCore
import CobradorNLU
import Testing

/// What the conversation flow needs from a message reaches it as entities (word lists in the
/// lexicon), so the Bot never re-reads the text: cues, choice ordinals, forecast metrics, word count.
@Suite struct FlowCueTests {
    @Test(arguments: [
        ("enviado", "sent"), ("ya lo mandé", "sent"), ("listo", "sent"), ("sent it", "sent"), ("done", "sent"),
        ("Acme dice que paga el viernes", "pay"), ("they will wire it on monday", "pay"), ("los de Hooli consignan mañana", "pay"),
        ("reanuda el seguimiento de Hooli", "resume"), ("the dispute with globex is resolved", "resume"),
        ("Umbrella disputa la factura", "dispute"), ("acme raised a complaint about F-2026-101", "dispute"),
        ("¿y Globex?", "followup"), ("and Hooli?", "followup"), ("what about soylent?", "followup"), ("también Initech", "followup"),
    ])
    func cues(_ text: String, _ value: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.hasCue(value), "\(text) → \(r.jsonLine())")
    }

    @Test(arguments: ["no lo he enviado todavía", "not sent yet", "Acme no paga"])
    func negatedCuesAreNotCues(_ text: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(!r.hasCue("sent") && !r.hasCue("pay"), "\(text) → \(r.jsonLine())")
    }

    @Test(arguments: [
        ("la segunda", 2), ("the first one", 1), ("2", 2), ("el primero", 1), ("third", 3), ("la tercera, porfa", 3), ("1", 1),
    ])
    func ordinals(_ text: String, _ n: Int) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).ordinal == n)
    }

    @Test(arguments: ["send the second reminder to Acme now please", "Acme pagó 2 facturas de 300 €"])
    func noOrdinalInLongerMessages(_ text: String) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).ordinal == nil)
    }

    @Test(arguments: [
        ("¿cuál es mi DSO?", "dso"), ("what's my days sales outstanding?", "dso"), ("¿cuál es mi periodo medio de cobro?", "dso"),
        ("¿quién ha empeorado?", "slower"), ("which clients are paying slower?", "slower"), ("¿quién tarda más en pagar?", "slower"),
    ])
    func forecastMetrics(_ text: String, _ metric: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.intent == "forecast", "\(text) → \(r.jsonLine())")
        #expect(r.metric == metric, "\(text) → \(r.jsonLine())")
    }

    @Test func whoIsDraggingDSODownIsWhoOwes() {
        let r = Fixtures.parser.parse("who's hurting my DSO? list who owes me what", today: Fixtures.today)
        #expect(r.intent == "who_owes", "\(r.jsonLine())")
    }

    @Test(arguments: [("¿y Globex?", 2), ("Acme pagó 1.200,50 € de la F-2026-101", 10), ("", 0), ("ok", 1)])
    func wordCount(_ text: String, _ n: Int) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).wordCount == n)
    }
}
