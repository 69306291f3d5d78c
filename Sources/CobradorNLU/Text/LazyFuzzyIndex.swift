import Foundation

/// A `FuzzyIndex` built on first use: most messages never need spelling correction, and a
/// one-shot `cobrador parse` should not pay for indexing the whole vocabulary at start-up.
final class LazyFuzzyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private let words: [String]
    private let minimumLength: Int
    private var built: FuzzyIndex?

    init(words: [String], minimumLength: Int) {
        self.words = words
        self.minimumLength = minimumLength
    }

    /// Positions in `words` of the closest matches.
    func lookup(_ word: String, limit: Int = 8) -> [(id: Int32, distance: Int)] {
        lock.lock()
        defer { lock.unlock() }
        if built == nil {
            var index = FuzzyIndex(minimumLength: minimumLength)
            for w in words { index.add(w) }
            built = index
        }
        return built!.lookup(word, limit: limit)
    }
}
