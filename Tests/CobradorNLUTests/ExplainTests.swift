#if DEBUG
@testable import CobradorNLU
import CobradorCore
import Foundation
import Testing

/// The scorer's view of a message can be explained word by word: regional words are read as the plain
/// words of the lexicon's synonyms, fillers are dropped, and a one-clause message gets the intent its
/// own scores rank first.
@Suite struct ExplainTests {
    static func features(_ text: String, _ language: Language) -> [String] {
        let catalog = Fixtures.catalog
        var ctx = ExtractionContext(text: AnalyzedText(text), lexicon: catalog.lexicon, today: Fixtures.today)
        EntityPipeline.extract(&ctx, gazetteer: Fixtures.parser.clients, invoices: InvoiceDirectory(Fixtures.invoices),
                               isCommon: { catalog.isCommon($0) })
        let f = MessageFeatures(ctx, catalog: catalog, language: language)
        return f.positions.compactMap { $0.first.map { catalog.vocabulary.words[Int($0)] } }
    }

    @Test(arguments: [
        ("¿quién me debe lana?", Language.es, "dinero"), ("che, pasame la guita", .es, "dinero"), ("Acme consignó 300", .es, "pago"),
        ("aged debtors please", .en, "debtors"), ("Umbrella has payed", .en, "paid"), ("el invoice está overdue", .es, "factura"),
    ])
    func regionalWordsReadAsPlainOnes(_ text: String, _ language: Language, _ plain: String) {
        #expect(ExplainTests.features(text, language).contains(plain), "\(text) → \(ExplainTests.features(text, language))")
    }

    @Test func fillersAreDropped() {
        let words = ExplainTests.features("eh o sea quién me debe", .es)
        #expect(!words.contains("eh") && !words.contains("sea"), "\(words)")
        #expect(words.contains("debe"))
    }

    /// English synonyms do not touch the Spanish reading and the other way round.
    @Test func synonymsBelongToTheirLanguage() {
        #expect(ExplainTests.features("send the invoice", .en).contains("invoice"))
        #expect(ExplainTests.features("manda el invoice", .es).contains("factura"))
    }

    @Test(arguments: ["¿quién me debe?", "draft a reminder for Globex", "Acme pagó 450 €", "what's my DSO?"])
    func oneClauseMessagesGetTheirTopScore(_ text: String) {
        let catalog = Fixtures.catalog
        var ctx = ExtractionContext(text: AnalyzedText(text), lexicon: catalog.lexicon, today: Fixtures.today)
        EntityPipeline.extract(&ctx, gazetteer: Fixtures.parser.clients, invoices: InvoiceDirectory(Fixtures.invoices),
                               isCommon: { catalog.isCommon($0) })
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        let s = IntentScorer.score(MessageFeatures(ctx, catalog: catalog, language: r.language), model: catalog.model(r.language).model,
                                   intents: catalog.intentNames.count)
        let top = s.indices.max { s[$0] < s[$1] }!
        #expect(catalog.intentNames[top] == r.intent, "\(text)")
    }
}
#endif
