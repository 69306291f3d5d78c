import CobradorCore
import Foundation
import Testing

@Suite("Tone checker")
struct ToneCheckerTests {
    let checker = ToneChecker()

    struct Case: Sendable, CustomTestStringConvertible {
        let draft: String
        let kind: ToneIssue.Kind
        let excerpt: String
        var testDescription: String { "\(kind): \(draft)" }
    }

    static let flagged: [Case] = [
        Case(draft: "Hola, nos estáis robando con este retraso.", kind: .badFaith, excerpt: "nos estáis robando"),
        Case(draft: "You people never pay on time.", kind: .badFaith, excerpt: "You people"),
        Case(draft: "This is a scam and you know it.", kind: .badFaith, excerpt: "scam"),
        Case(draft: "Sois unos estafadores.", kind: .badFaith, excerpt: "estafadores"),
        Case(draft: "Menudos inútiles, de verdad.", kind: .insult, excerpt: "inútiles"),
        Case(draft: "Your accounts team is incompetent.", kind: .insult, excerpt: "incompetent"),
        Case(draft: "Pagad o os vais a enterar.", kind: .threat, excerpt: "os vais a enterar"),
        Case(draft: "Pay by Friday or else.", kind: .threat, excerpt: "or else"),
        Case(draft: "You'll regret ignoring this.", kind: .threat, excerpt: "You'll regret"),
        Case(draft: "Necesito el pago URGENTEMENTE.", kind: .shouting, excerpt: "URGENTEMENTE"),
        Case(draft: "Where is my money!!!", kind: .shouting, excerpt: "!!!"),
        Case(draft: "¿¿Dónde está el pago??", kind: .shouting, excerpt: "¿¿"),
        Case(draft: "It's your fault the project stalled.", kind: .blame, excerpt: "your fault"),
        Case(draft: "Esto es inaceptable.", kind: .blame, excerpt: "inaceptable"),
        Case(draft: "Llevo semanas esperando vuestra transferencia.", kind: .blame, excerpt: "Llevo semanas esperando"),
        Case(draft: "ESTOY HARTO de esperar", kind: .blame, excerpt: "ESTOY HARTO"),
        Case(draft: "Pagad ya la factura.", kind: .bluntImperative, excerpt: "Pagad ya"),
        Case(draft: "Pay now.", kind: .bluntImperative, excerpt: "Pay now"),
        Case(draft: "Gracias por nada.", kind: .sarcasm, excerpt: "Gracias por nada"),
        Case(draft: "I'm sure your \"payment\" is on its way.", kind: .sarcasm, excerpt: "\"payment\""),
        Case(draft: "Seguro que esta vez sí 🙄", kind: .sarcasm, excerpt: "🙄"),
    ]

    @Test(arguments: flagged)
    func flagsUnprofessionalWording(_ c: Case) {
        let review = checker.review(c.draft)
        #expect(!review.professional)
        #expect(review.issues.contains { $0.kind == c.kind && $0.excerpt == c.excerpt }, "\(review.issues)")
    }

    static let calm: [String] = [
        "Hola Laura: te escribo porque la factura F-2026-088 venció ayer. ¿Podrías decirme cuándo puedo esperar el pago?",
        "Dear Hank, just a reminder that invoice INV-5521 fell due on 10 November. Could you let me know when to expect payment?",
        "Le recuerdo que el importe pendiente es de 450,00 € (IVA incluido). Puede pagar por transferencia al IBAN indicado.",
        "If we do not hear from you by 15 December, we will pass the matter to our lawyer.",
        "Please pay now if you can; thank you.",
        "Le agradecería que pagara ahora mismo, si es posible.",
        "Adjunto el PDF de la factura de ACME S.L., por 1.200 EUR.",
        "Sé que no es culpa suya, pero la factura sigue pendiente.",
        "I know it's not your fault; could you forward this to accounts?",
        "A propósito, ¿recibisteis la factura de octubre?",
        "To prevent fraud, please note that our IBAN has not changed.",
        "Sois unos clientes estupendos y nos gustaría seguir trabajando juntos.",
        "If you have already paid, please disregard this message. Obviously, thank you for your business.",
        "Right now the balance is 450.00 EUR.",
    ]

    @Test(arguments: calm)
    func leavesCalmDraftsAlone(_ draft: String) {
        let review = checker.review(draft, names: ["Acme S.L."])
        #expect(review.professional, "\(review.issues)")
    }

    @Test func toleratesAccentsAndCase() {
        for draft in ["NOS ESTAIS ROBANDO", "nos estais robando", "Nos Estáis Robando"] {
            #expect(checker.review(draft).issues.contains { $0.kind == .badFaith }, "\(draft)")
        }
    }

    @Test func capitalsOfAClientNameAreNotShouting() {
        #expect(checker.review("Factura para ACME", names: ["Acme"]).professional)
        #expect(!checker.review("Factura para ACME").professional)
    }

    @Test func aShoutedPhraseIsOneIssue() {
        let review = checker.review("PAGAD YA")
        let shouting = review.issues.filter { $0.kind == .shouting }
        #expect(shouting.map(\.excerpt) == ["PAGAD YA"])
        #expect(review.kinds == [.bluntImperative, .shouting] || review.kinds == [.shouting, .bluntImperative])
    }

    @Test func reportsSentenceOffsetAndKeys() {
        let draft = "Hola. Esto es inaceptable, de verdad."
        let issue = checker.review(draft).issues[0]
        #expect(issue.sentence == "Esto es inaceptable, de verdad.")
        #expect(issue.offset == 14)
        #expect(issue.key == "tone.issue.blame")
        #expect(issue.suggestionKey == "tone.suggestion.blame")
        #expect(issue.parameters["excerpt"] == "inaceptable")
    }

    @Test func suggestsOneCalmSentencePerKind() {
        // The sentences themselves are templates (`tone.rewrite.*`), checked in CobradorBotTests.
        let review = checker.review("Pagad ya!!! Es culpa vuestra.")
        #expect(Set(review.kinds) == [.bluntImperative, .shouting, .blame])
        #expect(review.rewriteKeys == review.kinds.map { "tone.rewrite.\($0.rawValue)" })
    }

    @Test func aUserLexiconExtendsTheBuiltIn() throws {
        let extra = try JSONDecoder().decode(ToneLexicon.self, from: Data(#"{"phrases": {"insult": ["morosos"]}}"#.utf8))
        #expect(extra.phrases[.insult] == ["morosos"])
        let json = String(decoding: try JSONEncoder().encode(extra), as: UTF8.self)
        #expect(json.contains(#""insult":["morosos"]"#))
        let checker = ToneChecker(lexicon: .builtIn.merging(extra))
        #expect(checker.review("Sois unos morosos").issues.contains { $0.excerpt == "morosos" })
    }
}
