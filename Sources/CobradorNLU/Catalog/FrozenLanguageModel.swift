/// A compiled language model behind a reference. The scorer reads one per message; read out of a
/// dictionary, a struct with this many tables is copied (a retain and a release per table) each time.
final class FrozenLanguageModel: Sendable {
    let model: LanguageModel

    init(_ model: LanguageModel) {
        self.model = model
    }
}
