#if DEBUG
@testable import CobradorNLU
import CobradorCore
import Foundation
import Testing

/// Prints how each intent scored for the messages in `COBRADOR_NLU_EXPLAIN` (separated by "|"): a catalog-tuning aid.
@Suite struct ExplainTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COBRADOR_NLU_EXPLAIN"] != nil))
    func explain() {
        let catalog = Fixtures.catalog
        for text in ProcessInfo.processInfo.environment["COBRADOR_NLU_EXPLAIN"]!.split(separator: "|").map(String.init) {
            var ctx = ExtractionContext(text: AnalyzedText(text), lexicon: catalog.lexicon, today: Fixtures.today)
            EntityPipeline.extract(&ctx, gazetteer: Fixtures.parser.clients, invoices: InvoiceDirectory(Fixtures.invoices),
                                   isCommon: { catalog.isCommon($0) })
            let f = MessageFeatures(ctx, catalog: catalog)
            let words = f.positions.map { $0.map { catalog.vocabulary.words[Int($0)] }.joined(separator: "/") }
            print("EXPLAIN \(text)\n  features: \(words.joined(separator: " "))  slots: \(f.slots.sorted())")
            for lang in [Language.es, .en] {
                let s = IntentScorer.score(f, model: catalog.model(lang).model, intents: catalog.intentNames.count)
                let top = s.indices.sorted { s[$0] > s[$1] }.prefix(4).map { "\(catalog.intentNames[$0])=\(String(format: "%.2f", s[$0]))" }
                print("  \(lang): \(top.joined(separator: " "))")
            }
        }
    }
}
#endif
