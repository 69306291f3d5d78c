import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// Hundreds of paraphrases, typos, Spain and Latin-American Spanish and English, each with the intent
/// it must get. The table lives in `Data/IntentCorpus.swift`.
@Suite struct IntentCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var intent: String
        var text: String
        var testDescription: String { "\(intent): \(text)" }
    }

    static let cases: [Case] = {
        IntentCorpus.table.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
            return Case(intent: String(line[..<tab]), text: String(line[line.index(after: tab)...]))
        }
    }()

    @Test func corpusIsLarge() {
        #expect(IntentCorpusTests.cases.count >= 200)
    }

    @Test(arguments: cases)
    func intent(_ c: Case) {
        let r = Fixtures.parser.parse(c.text, today: Fixtures.today)
        #expect(r.intent == c.intent, "\(c.text) → \(r.jsonLine())")
    }

    @Test(arguments: [
        ("gracias", Language.es), ("thanks", .en), ("hola", .es), ("hello", .en), ("¿quién me debe?", .es),
        ("who owes me?", .en), ("remind Acme", .en), ("recordar a Acme", .es), ("ok", .es), ("sí", .es),
        ("mark invoice S-0042 as paid", .en), ("marca la factura S-0042 como pagada", .es),
    ])
    func language(_ text: String, _ lang: Language) {
        #expect(Fixtures.parser.parse(text, today: Fixtures.today).language == lang)
    }

    @Test func forcedLanguage() {
        #expect(Fixtures.parser.parse("ok", today: Fixtures.today, language: .en).language == .en)
    }

    @Test func questionsAndStatementsDiffer() {
        #expect(Fixtures.parser.parse("¿debería llamar a Acme?", today: Fixtures.today).intent == "next_step")
        #expect(Fixtures.parser.parse("llamé a Acme", today: Fixtures.today).intent == "log_contact")
        #expect(Fixtures.parser.parse("should I call Hooli?", today: Fixtures.today).intent == "next_step")
        #expect(Fixtures.parser.parse("I called Hooli", today: Fixtures.today).intent == "log_contact")
    }

    @Test func alternativesAreRankedRunnersUp() {
        let r = Fixtures.parser.parse("Acme", today: Fixtures.today)
        #expect(r.alternatives.allSatisfy { $0.intent != r.intent })
        #expect(zip(r.alternatives, r.alternatives.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        #expect(r.confidence > 0 && r.confidence <= 1)
    }
}
