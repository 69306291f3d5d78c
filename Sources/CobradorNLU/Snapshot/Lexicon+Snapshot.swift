import CobradorCore

/// The lexicon's tables by kind, so that writing and reading a snapshot walk the same lists; a
/// test checks that every stored property is in one of them.
extension Lexicon {
    static var intTables: [ReferenceWritableKeyPath<Lexicon, PhraseTable<Int>>] {
        [
            \.months, \.monthAbbreviations, \.weekdays, \.relativeDays, \.numbers, \.multipliers, \.ordinals, \.holidays,
            \.choiceOrdinals, \.moneyScales, \.spelledYears,
        ]
    }

    static var flagTables: [ReferenceWritableKeyPath<Lexicon, PhraseTable<Bool>>] {
        [
            \.next, \.last, \.this, \.futurePrepositions, \.fromNow, \.agoBefore, \.agoAfter, \.personTriggers, \.invoiceWords,
            \.daysBefore, \.daysAfter, \.pastMarkers, \.moneyCues, \.futureMarkers, \.followUpOpeners, \.reviewCues,
            \.clientTriggers, \.clientClosers, \.fillers, \.corrections, \.clauseOpeners, \.socialOpeners, \.requestOpeners,
        ]
    }

    static var stringTables: [ReferenceWritableKeyPath<Lexicon, PhraseTable<String>>] {
        [\.currencies, \.channels, \.tones, \.outcomes, \.pauseKinds, \.cues, \.metrics]
    }

    static var listTables: [ReferenceWritableKeyPath<Lexicon, PhraseTable<[String]>>] {
        [\.spanishSynonyms, \.englishSynonyms, \.ambiguousCurrencies]
    }

    static var wordSets: [ReferenceWritableKeyPath<Lexicon, Set<String>>] {
        [
            \.stopwords, \.genericNameWords, \.dateConnectors, \.negations, \.countedNouns, \.companyWords, \.pastVerbs,
            \.personNames, \.honorifics,
        ]
    }

    static var setsByLanguage: [ReferenceWritableKeyPath<Lexicon, [Language: Set<String>]>] {
        [\.stopwordsByLanguage, \.wordsByLanguage]
    }

    /// Every stored property the lists above and `write` cover: units, month parts, the two symbol
    /// maps and the starters are written one by one.
    static var snapshotPropertyCount: Int {
        intTables.count + flagTables.count + stringTables.count + listTables.count + wordSets.count + setsByLanguage.count + 5
    }

    func write(_ w: inout SnapshotWriter) {
        for k in Lexicon.intTables { self[keyPath: k].write(&w) { $0.int($1) } }
        for k in Lexicon.flagTables { self[keyPath: k].write(&w) { $0.bool($1) } }
        for k in Lexicon.stringTables { self[keyPath: k].write(&w) { $0.string($1) } }
        for k in Lexicon.listTables { self[keyPath: k].write(&w) { $0.strings($1) } }
        units.write(&w) { $0.string($1.rawValue) }
        monthParts.write(&w) { $0.string($1.rawValue) }
        for k in Lexicon.wordSets { w.stringSet(self[keyPath: k]) }
        for k in Lexicon.setsByLanguage {
            let byLanguage = self[keyPath: k]
            for language in Language.allCases { w.stringSet(byLanguage[language] ?? []) }
        }
        let symbols = currencySymbols.keys.sorted()
        w.strings(symbols)
        w.strings(symbols.map { currencySymbols[$0]! })
        let ambiguous = ambiguousCurrencySymbols.keys.sorted()
        w.strings(ambiguous)
        for s in ambiguous { w.strings(ambiguousCurrencySymbols[s]!) }
        let firsts = starters.keys.sorted()
        w.strings(firsts)
        for f in firsts { w.uint64(starters[f]!) }
    }

    convenience init(_ r: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init()
        for k in Lexicon.intTables { self[keyPath: k] = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in try r.int() } }
        for k in Lexicon.flagTables { self[keyPath: k] = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in try r.bool() } }
        for k in Lexicon.stringTables { self[keyPath: k] = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in try r.string() } }
        for k in Lexicon.listTables { self[keyPath: k] = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in try r.strings() } }
        units = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in
            guard let unit = DateUnit(rawValue: try r.string()) else { throw SnapshotReader.Damaged() }
            return unit
        }
        monthParts = try PhraseTable(&r) { r throws(SnapshotReader.Damaged) in
            guard let part = MonthPart(rawValue: try r.string()) else { throw SnapshotReader.Damaged() }
            return part
        }
        for k in Lexicon.wordSets { self[keyPath: k] = try r.stringSet() }
        for k in Lexicon.setsByLanguage {
            var byLanguage: [Language: Set<String>] = [:]
            for language in Language.allCases {
                let set = try r.stringSet()
                if !set.isEmpty { byLanguage[language] = set }
            }
            self[keyPath: k] = byLanguage
        }
        let symbols = try r.strings()
        let codes = try r.strings()
        guard codes.count == symbols.count else { throw SnapshotReader.Damaged() }
        currencySymbols = Dictionary(zip(symbols, codes)) { a, _ in a }
        for s in try r.strings() { ambiguousCurrencySymbols[s] = try r.strings() }
        for f in try r.strings() { starters[f] = try r.uint64() }
    }
}
