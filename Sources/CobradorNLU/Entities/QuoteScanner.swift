/// Finds the draft a user wants reviewed: text between quotes ('…', "…", «…», “…”), or else,
/// for a tone check, what follows the first colon or question mark.
enum QuoteScanner {
    private static let pairs: [(UInt32, UInt32)] = [(0x22, 0x22), (0x27, 0x27), (0xAB, 0xBB), (0x201C, 0x201D), (0x2018, 0x2019), (0x60, 0x60)]

    static func quoted(_ text: AnalyzedText) -> (Int, Int)? {
        let f = text.folded
        var best: (Int, Int)?
        for (open, close) in pairs {
            guard let s = f.firstIndex(of: open) else { continue }
            // An apostrophe inside a word ("don't") does not open a quote.
            if open == 0x27, s > 0, text.classes[s - 1] == .letter { continue }
            let e = f[(s + 1)...].lastIndex(of: close) ?? f.count
            guard e - s > 2 else { continue }
            if best == nil || s < best!.0 { best = (s + 1, e) }
        }
        return best
    }

    static func afterIntroduction(_ text: AnalyzedText) -> (Int, Int)? {
        let f = text.folded
        for (k, c) in f.enumerated() where c == 0x3A || c == 0x3F || (c == 0x2E && k > 8) {
            var s = k + 1
            while s < f.count, text.classes[s] == .space { s += 1 }
            if f.count - s >= 3 { return (s, f.count) }
        }
        return nil
    }
}
