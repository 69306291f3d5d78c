import CobradorCore
import CobradorNLU
import Testing

/// The words the conversation flow acts on reach it as `cue` and `ordinal` entities and a word count,
/// so that the bot never reads the text again.
@Suite struct FlowCueTests {
    static func cues(_ text: String) -> [String] {
        Fixtures.parser.parse(text, today: Fixtures.today).entities(.cue).compactMap(\.value)
    }

    @Test(arguments: [
        ("enviado", ["sent"]), ("ya lo mandé", ["sent"]), ("sent it", ["sent"]), ("listo", ["sent"]),
        ("hablé con Jared, pagan el viernes", ["pay"]), ("they will wire it Monday", ["pay"]),
        ("reanuda Umbrella", ["resume"]), ("the dispute is resolved", ["dispute", "resume"]),
        ("Umbrella disputa la factura", ["dispute"]), ("¿y Globex?", ["followup"]), ("and Hooli?", ["followup"]),
        ("what about Initech?", ["followup"]), ("estado de Acme y Globex", []), ("¿quién me debe?", []),
    ])
    func cuesAreFound(text: String, expected: [String]) {
        #expect(Self.cues(text).sorted() == expected.sorted(), "\(text)")
    }

    @Test(arguments: [("la segunda", [2]), ("the first one", [1]), ("2", [2]), ("la tercera, no la primera", [3, 1]), ("Acme", [])])
    func ordinalsAreFoundInOrder(text: String, expected: [Int]) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.ordinal).compactMap { $0.value.flatMap { Int($0) } } == expected, "\(text)")
    }

    @Test func cuesDoNotChangeTheIntent() {
        #expect(Fixtures.parser.parse("Acme pagó 2 €", today: Fixtures.today).intent == "record_payment")
        #expect(Fixtures.parser.parse("reanuda Umbrella", today: Fixtures.today).intent == "pause_followup")
    }

    @Test func theWordCountIsTheMessagesWords() {
        #expect(Fixtures.parser.parse("¿y de Globex?", today: Fixtures.today).wordCount == 3)
        #expect(Fixtures.parser.parse("", today: Fixtures.today).wordCount == 0)
    }

    @Test func anIntentFromAUsersExtraFileIsTheFallbackForTheBot() {
        let r = ParseResult(text: "x", language: .es, intent: "export_csv", confidence: 1, entities: [], alternatives: [])
        #expect(r.intentName == .fallback)
        #expect(ParseResult(text: "x", language: .es, intent: "who_owes", confidence: 1, entities: [], alternatives: []).intentName == .whoOwes)
    }
}
