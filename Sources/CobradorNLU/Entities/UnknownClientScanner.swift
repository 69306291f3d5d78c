/// Finds names that read like a client's but are not in the book: "¿cuánto me debe Stark Industries?",
/// "what's the balance for Tyrell Corp?", "los de Mate & Co". A name is a run of capitalised words
/// (or any words ending in a company word such as "Corp" or "Industries") that is no known word, no
/// month or weekday, no person ("Bill de Initech", "Mr. Hank", a first name) and no quoted text; it
/// needs a company word, or a trigger before it ("debe", "for", "balance for").
enum UnknownClientScanner {
    static let maxWords = 5

    static func scan(_ ctx: inout ExtractionContext, gazetteer: ClientGazetteer?, isCommon: (String) -> Bool) {
        let tokens = ctx.tokens
        guard !tokens.isEmpty else { return }
        // In a message typed in capitals, capitals say nothing about names.
        var words = 0
        var capitals = 0
        for t in tokens where !t.isNumber && t.length >= 2 {
            words += 1
            if ctx.text.upper[t.start] && ctx.text.upper[t.end - 1] { capitals += 1 }
        }
        let shouting = words >= 2 && capitals * 10 >= words * 6
        var i = 0
        while i < tokens.count {
            guard let (first, last) = candidate(ctx, at: i, shouting: shouting, gazetteer: gazetteer, isCommon: isCommon) else {
                i += 1
                continue
            }
            let names = gazetteer.map { closest($0, ctx, first, last) } ?? []
            ctx.add(.unknownClient, tokens: first, last, value: nil) { $0.candidates = names }
            i = last + 1
        }
    }

    private static func candidate(
        _ ctx: ExtractionContext, at i: Int, shouting: Bool, gazetteer: ClientGazetteer?,
        isCommon: (String) -> Bool
    ) -> (Int, Int)? {
        let lx = ctx.lexicon
        let t = ctx.tokens
        guard ctx.isFree(i), !t[i].isNumber, !ctx.isQuoted(i), !lx.stopwords.contains(t[i].norm) else { return nil }
        let capital = !shouting && ctx.text.upper[t[i].start]
        let trigger = triggered(ctx, before: i)
        // Grow over capitalised words, company words and the small words inside names ("Bank of America").
        var last = i
        var j = i + 1
        while j < t.count, j - i < maxWords, ctx.isFree(j), !t[j].isNumber, !ctx.isQuoted(j) {
            let w = t[j].norm
            if lx.companyWords.contains(w) || (!shouting && ctx.text.upper[t[j].start] && !lx.stopwords.contains(w)) {
                last = j
                j += 1
            } else if ["de", "del", "of", "and", "y", "the"].contains(w), j + 1 < t.count, ctx.isFree(j + 1),
                lx.companyWords.contains(t[j + 1].norm) || (!shouting && ctx.text.upper[t[j + 1].start])
            {
                j += 1
            } else {
                break
            }
        }
        // "status of massive dynamic inc": after a trigger, lower-case words up to a company word.
        if !capital, trigger, last == i {
            var j = i + 1
            while j < t.count, j - i < maxWords, ctx.isFree(j), !t[j].isNumber, !lx.stopwords.contains(t[j].norm) {
                if lx.companyWords.contains(t[j].norm) {
                    last = j
                    break
                }
                if isCommon(t[j].norm) { break }
                j += 1
            }
        }
        // "how much does tyrell owe": a lone lower-case word between a small word and a verb of owing or paying.
        let asked =
            !capital && last == i && i > 0 && lx.stopwords.contains(t[i - 1].norm) && closed(ctx, after: i)
            && plainName(ctx, i, isCommon: isCommon)
        // "¿cuánto me debe tyrell?": a lone lower-case word closing the message after a verb of owing.
        // After a comma it is more often a vocative ("¿quién me debe, boludo?").
        let ending =
            !capital && last == i && i + 1 == t.count && i > 0 && t[i].start == t[i - 1].end + 1 && ctx.text.folded[t[i - 1].end] == 0x20
            && strongTrigger(ctx, before: i) && plainName(ctx, i, isCommon: isCommon)
        // A lone lower-case word with no trigger before it is nothing (and most words are that): the
        // tests below would all fail, after allocating.
        if !capital, !trigger, !asked, last == i { return nil }
        let closer = asked || closed(ctx, after: last)
        let words = (i...last).map { t[$0].norm }
        let company = words.dropFirst().contains { lx.companyWords.contains($0) }
        let named = (i...last).filter { !lx.companyWords.contains(t[$0].norm) }
        // "what should I do with umbrela?": one word after a trigger, in no dictionary, that reads like a
        // slip for a known name. Left out, the conversation's last client would answer for it.
        let slip =
            last == i && trigger && !isCommon(words[0]) && lx.months.match(t, at: i) == nil && lx.weekdays.match(t, at: i) == nil
            && gazetteer.map { !closest($0, ctx, i, i).isEmpty } == true
        // "what does tyrell corp owe me": lower-case words in no dictionary, closed by a company word.
        let coined = company && !capital && named.allSatisfy { !isCommon(t[$0].norm) && t[$0].length >= 3 }
        guard !named.isEmpty, capital || (company && trigger) || slip || coined || asked || ending else { return nil }
        if lx.honorifics.contains(ctx.norm(i - 1)) || lx.personNames.contains(words[0]) { return nil }
        if named.allSatisfy({ isCommon(t[$0].norm) || lx.months.match(t, at: $0) != nil || lx.weekdays.match(t, at: $0) != nil }) && !company {
            return nil
        }
        if followedByKnownClient(ctx, after: last) { return nil }
        if !company {
            guard trigger || closer, !isCommon(words[0]) else { return nil }
            // A lone word after a weak trigger ("a Marta", "con Laura") is more often a person.
            if last == i && !closer && !strongTrigger(ctx, before: i) && !slip { return nil }
        }
        return (i, last)
    }

    /// A client trigger ends right before token `i`.
    private static func triggered(_ ctx: ExtractionContext, before i: Int) -> Bool {
        for back in 1...3 where i - back >= 0 {
            if let m = ctx.lexicon.clientTriggers.match(ctx.tokens, at: i - back), m.count == back { return true }
        }
        return false
    }

    /// A verb of owing or paying starts right after token `last` ("Pied Piper pagó", "Tyrell owes me").
    private static func closed(_ ctx: ExtractionContext, after last: Int) -> Bool {
        let k = last + 1
        return k < ctx.tokens.count && ctx.isFree(k) && ctx.lexicon.clientClosers.match(ctx.tokens, at: k) != nil
    }

    /// A word that can only be a name: in no list or example (months, fillers and the rest are), no
    /// synonym's phrase ("feria" is money), and not an adverb by its shape ("realmente", "actually"),
    /// which a verb of owing is as often followed by.
    private static func plainName(_ ctx: ExtractionContext, _ i: Int, isCommon: (String) -> Bool) -> Bool {
        let w = ctx.tokens[i].norm
        guard w.utf8.count >= 4, !isCommon(w), !w.hasSuffix("mente"), !w.hasSuffix("ly") else { return false }
        return ctx.lexicon.spanishSynonyms.match(ctx.tokens, at: i) == nil && ctx.lexicon.englishSynonyms.match(ctx.tokens, at: i) == nil
    }

    /// Triggers that say "client" on their own: a verb of owing, "balance for", "client".
    private static func strongTrigger(_ ctx: ExtractionContext, before i: Int) -> Bool {
        for back in 1...3 where i - back >= 0 {
            if let m = ctx.lexicon.clientTriggers.match(ctx.tokens, at: i - back), m.count == back,
                back > 1 || !weakTriggers.contains(ctx.tokens[i - 1].norm)
            {
                return true
            }
        }
        return false
    }

    static let weakTriggers: Set<String> = ["a", "al", "de", "del", "con", "para", "to", "with", "from", "for", "about"]

    /// "Bill de Initech", "Jared at Pied Piper": a person of a known client.
    private static func followedByKnownClient(_ ctx: ExtractionContext, after last: Int) -> Bool {
        let k = last + 1
        guard k + 1 < ctx.tokens.count, ["de", "del", "from", "at", "of", "en", "in"].contains(ctx.tokens[k].norm) else { return false }
        var j = k + 1
        if ["la", "el", "los", "the"].contains(ctx.tokens[j].norm) { j += 1 }
        return ctx.entities.contains { $0.kind == .client && ctx.text.tokenIndex(startingAt: $0.start) == j }
    }

    /// Known names that share a word with the unknown one, or are one or two edits from one of its words.
    private static func closest(_ gazetteer: ClientGazetteer, _ ctx: ExtractionContext, _ first: Int, _ last: Int) -> [String] {
        var ids: [Int32] = []
        for k in first...last {
            let w = ClientGazetteer.canonical(ctx.tokens[k].norm)
            guard ClientGazetteer.role(of: w) == .strong else { continue }
            for v in gazetteer.postings[w]?.prefix(5) ?? [] { ids.append(gazetteer.variants[Int(v)].entry) }
            var near = gazetteer.fuzzy.lookup(w, limit: 3).map { gazetteer.fuzzyWords[Int($0.id)] }
            near += ClientMatcher.slips(of: w).filter { gazetteer.postings[$0] != nil }
            if w.count > ClientGazetteer.prefixLength { near += gazetteer.prefixes[w.prefix(ClientGazetteer.prefixLength)]?.prefix(3) ?? [] }
            for word in near {
                for v in gazetteer.postings[word]?.prefix(3) ?? [] { ids.append(gazetteer.variants[Int(v)].entry) }
            }
        }
        var names: [String] = []
        for id in ids where names.count < 3 {
            let name = gazetteer.entries[Int(id)].name
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
