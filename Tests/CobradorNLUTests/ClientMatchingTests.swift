import CobradorCore
import CobradorNLU
import Testing

/// Client names found fuzzily, by any distinctive word, with or without legal suffixes and
/// accents; ambiguous names reported as candidates; common words never taken for a client.
@Suite struct ClientMatchingTests {
    static let cases: [(String, Int64)] = [
        ("recordar a Acme", 1), ("recordar a acme s.l.", 1), ("recordar a ACME SL", 1), ("estado de globex", 2),
        ("estado de Globex Corp", 2), ("estado de globx", 2), ("¿qué hago con Umbrella?", 4), ("qué hago con umbrela", 4),
        ("que hago con umbrella iberica", 4), ("umbrella ibérica s.a. me debe", 4), ("historial de pied piper", 8),
        ("historial de Pied Pipper", 8), ("remind piedpiper", 8), ("estado del estudio nunez", 5), ("estado de Núñez", 5),
        ("estado de nuñez y asociados", 5), ("ESTUDIO NUÑEZ", 5), ("estado de café la esquina", 6), ("estado de la esquina", 6),
        ("status of hooli", 7), ("Hooli's billing email", 7), ("hoolie paid", 7), ("status of Soylent", 10),
        ("soylent sa de cv", 10), ("status of Soylent S.A. de C.V.", 10), ("wayne enterprises paid", 9), ("remind wayne", 9),
        ("initech pagó", 3), ("Initeh pagó", 3), ("remind Inittech", 3), ("cuánto me debe un brela", 4),
        ("que hago con un brela", 4),
    ]

    @Test(arguments: cases)
    func found(_ text: String, _ id: Int64) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.clientIDs == [id], "\(text) → \(r.jsonLine())")
    }

    @Test func offsetsPointAtTheName() {
        let text = "¿Qué hago con Umbrella? 🙂"
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        let e = r.first(.client)!
        #expect(e.text == "Umbrella")
        let chars = Array(text)
        #expect(String(chars[e.start..<e.end]) == "Umbrella")
    }

    /// Read as one word only when the second is no name alone: "a initech" is "a" and Initech.
    @Test(arguments: [("cuánto me debe un brela", "un brela"), ("mándale el recordatorio a initech ya", "initech")])
    func aNameSplitInTwoIsJoinedOnlyWhenNeeded(_ text: String, _ span: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.first(.client)?.text == span, "\(text) → \(r.jsonLine())")
    }

    @Test func ambiguousNameGivesCandidates() {
        let r = Fixtures.ambiguousParser.parse("recordar a acme", today: Fixtures.today)
        let clients = r.entities(.client)
        #expect(clients.count == 1)
        #expect(clients.first?.value == nil)
        #expect(clients.first?.candidates == ["Acme Corp", "Acme S.L."])
        #expect(r.ambiguousClient?.ids == [11, 1])
        #expect(r.jsonLine().contains("\"candidates\":[\"Acme Corp\",\"Acme S.L.\"]"))
        #expect(!r.jsonLine().contains("\"value\":\"Acme"))
    }

    @Test func suffixResolvesAmbiguity() {
        #expect(Fixtures.ambiguousParser.parse("recordar a Acme Corp", today: Fixtures.today).clientIDs == [11])
        #expect(Fixtures.ambiguousParser.parse("recordar a Acme S.L.", today: Fixtures.today).clientIDs == [1])
        #expect(Fixtures.ambiguousParser.parse("remind acme corporation", today: Fixtures.today).clientIDs == [11])
    }

    static let noClient = [
        "la factura está vencida", "llama a la oficina", "¿quién me debe?", "pasa por el estudio mañana", "hola",
        "what is the capital of France", "who owes me?", "sí",
        "tengo que llamar", "send a reminder", "a way to pay", "un pago de 300", "la hoja de un bloc",
    ]

    @Test(arguments: noClient)
    func commonWordsAreNotClients(_ text: String) {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(r.entities(.client).isEmpty, "\(text) → \(r.jsonLine())")
    }

    @Test func twoClientsInOneMessage() {
        let r = Fixtures.parser.parse("compara Acme con Globex", today: Fixtures.today)
        #expect(r.clientIDs == [1, 2])
    }

    @Test func largeGazetteerStaysExact() {
        var entries = Fixtures.clients
        for i in 0..<50_000 { entries.append(GazetteerEntry(id: Int64(100 + i), name: "Empresa Número \(i) S.L.", aliases: ["Zeta\(i)"])) }
        let parser = NLUParser(catalog: Fixtures.catalog, clients: ClientGazetteer(entries))
        #expect(parser.parse("recordar a Umbrella", today: Fixtures.today).clientIDs == [4])
        #expect(parser.parse("estado de zeta123", today: Fixtures.today).clientIDs == [223])
    }
}
