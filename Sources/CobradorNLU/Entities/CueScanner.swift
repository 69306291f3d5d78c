/// Finds the small words that qualify an action without being its subject: the channel used
/// ("llamé", "por correo", "whatsapp"), the outcome ("no contestan", "me respondió"), a tone
/// ("más firme", "friendly"), a dispute or a pause, and a contact person after "hablé con", "contact person".
/// These do not claim their words: "llamé" also tells the intent scorer this is a log.
enum CueScanner {
    static func scan(_ ctx: inout ExtractionContext) {
        let lx = ctx.lexicon
        var seen: Set<Entity.Kind> = []
        var i = 0
        while i < ctx.tokens.count {
            defer { i += 1 }
            guard ctx.isFree(i) else { continue }
            // Negated outcome first: "no contestan", "didn't answer", "sin respuesta".
            if let m = lx.outcomes.match(ctx.tokens, at: i), !seen.contains(.outcome) {
                var value = m.value
                var first = i
                if value == "answered", i > 0,
                    lx.negations.contains(ctx.tokens[i - 1].norm)
                        || (i > 1 && lx.negations.contains(ctx.tokens[i - 2].norm)
                            && ["me", "le", "nos", "les", "lo"].contains(ctx.tokens[i - 1].norm))
                {
                    value = "no_answer"
                    first = lx.negations.contains(ctx.tokens[i - 1].norm) ? i - 1 : i - 2
                }
                ctx.add(.outcome, tokens: first, i + m.count - 1, value: value, claim: false)
                seen.insert(.outcome)
            }
            for (kind, table) in [(Entity.Kind.channel, lx.channels), (.tone, lx.tones), (.pauseKind, lx.pauseKinds)] where !seen.contains(kind) {
                if let m = table.match(ctx.tokens, at: i) {
                    ctx.add(kind, tokens: i, i + m.count - 1, value: m.value, claim: false)
                    seen.insert(kind)
                }
            }
            if !seen.contains(.person), let m = lx.personTriggers.match(ctx.tokens, at: i) {
                if let (first, last) = personName(ctx, at: i + m.count) {
                    let name = ctx.text.text(ctx.tokens[first].start, ctx.tokens[last].end)
                    ctx.add(.person, tokens: first, last, value: name, claim: true)
                    seen.insert(.person)
                }
            }
        }
    }

    static let fillers: Set<String> = [
        "a", "al", "con", "with", "to", "is", "es", "el", "la", "the", "at", "en", "de", "del", "of", "for",
        "para", "ahora", "now", "senor", "senora", "sr", "sra", "mr", "mrs", "ms", "don", "dona", "se", "llama", "called", "named",
    ]

    /// One or two capitalised words that are not a known client and not a common word.
    private static func personName(_ ctx: ExtractionContext, at i: Int) -> (Int, Int)? {
        var k = i
        // Skip small words and the client's name: "contact person at Globex is Sarah".
        while k < ctx.tokens.count, k < i + 6 {
            if !ctx.isFree(k) || (CueScanner.fillers.contains(ctx.tokens[k].norm) && !ctx.tokens[k].capitalized) {
                k += 1
                continue
            }
            break
        }
        guard k < ctx.tokens.count, ctx.isFree(k), !ctx.tokens[k].isNumber, ctx.tokens[k].capitalized,
            !ctx.lexicon.stopwords.contains(ctx.tokens[k].norm)
        else { return nil }
        var last = k
        if k + 1 < ctx.tokens.count, ctx.isFree(k + 1), ctx.tokens[k + 1].capitalized, !ctx.tokens[k + 1].isNumber,
            !ctx.lexicon.stopwords.contains(ctx.tokens[k + 1].norm)
        {
            last = k + 1
        }
        return (k, last)
    }
}
