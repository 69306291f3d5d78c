/// Which way a sentence points in time, from its verbs: past by tense or word ("llamé", "pagó",
/// "called", "hace", "last"), future by tense or word ("pagará", "will", "they'll", "próximo").
/// Nil when the words do not say.
enum TenseReader {
    static func direction(_ ctx: ExtractionContext, tokens range: Range<Int>) -> DateSpec.Direction? {
        var past = 0
        var future = 0
        let lx = ctx.lexicon
        var i = range.lowerBound
        // Words inside a date ("last Friday", "el mes pasado", "hace dos días") were read with the date.
        let dateTokens = ctx.entities.filter { $0.kind == .date }.map { ctx.text.tokenRange(coveringChars: $0.start, $0.end) }
        while i < range.upperBound {
            let t = ctx.tokens[i]
            defer { i += 1 }
            if t.isNumber || dateTokens.contains(where: { $0.contains(i) }) { continue }
            if lx.pastMarkers.match(ctx.tokens, at: i) != nil || lx.pastVerbs.contains(t.norm) {
                past += 1
                continue
            }
            if lx.futureMarkers.match(ctx.tokens, at: i) != nil || t.norm == "ll" && t.glued == false && i > 0 {
                future += 1
                continue
            }
            if ctx.text.endsAccented(t), t.length >= 3 {
                // Spanish: "pagó", "llamé" are past; "pagará", "enviaré", "pagarán" are future.
                let n = t.norm
                if n.hasSuffix("ra") || n.hasSuffix("re") && n.count >= 5 && ["a", "e", "i"].contains(n.dropLast(2).last.map(String.init) ?? "") {
                    future += 1
                } else if n.hasSuffix("o") || n.hasSuffix("e") || n.hasSuffix("i") {
                    past += 1
                }
                continue
            }
            if t.norm.hasSuffix("ran"), ctx.text.acute.indices.contains(t.end - 2), ctx.text.acute[t.end - 2] {
                future += 1
                continue
            }
            if t.norm.count >= 5, t.norm.hasSuffix("ed"), !notPast.contains(t.norm) { past += 1 }
        }
        if past > future { return .past }
        if future > past { return .future }
        return nil
    }

    /// English words in "-ed" that are not past verbs.
    static let notPast: Set<String> = ["indeed", "proceed", "exceed", "succeed", "embed", "speed", "breed", "need", "needed", "overdued"]
}
