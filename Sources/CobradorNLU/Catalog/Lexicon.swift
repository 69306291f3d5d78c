import Foundation
import CobradorCore

/// The compiled look-up lists of all languages together: entity scanners accept either
/// language's words in any message ("el 15 de December" is rare, but "pagó 300 dollars" is not).
struct Lexicon: Sendable {
    enum DateUnit: String, Sendable { case day, week, fortnight, month, year }
    enum MonthPart: String, Sendable { case start, middle, end }

    var months = PhraseTable<Int>()
    var monthAbbreviations = PhraseTable<Int>()
    var weekdays = PhraseTable<Int>()
    var relativeDays = PhraseTable<Int>()
    var numbers = PhraseTable<Int>()
    var multipliers = PhraseTable<Int>()
    var ordinals = PhraseTable<Int>()
    var units = PhraseTable<DateUnit>()
    var next = PhraseTable<Bool>()
    var last = PhraseTable<Bool>()
    var this = PhraseTable<Bool>()
    var futurePrepositions = PhraseTable<Bool>()
    var fromNow = PhraseTable<Bool>()
    var agoBefore = PhraseTable<Bool>()
    var agoAfter = PhraseTable<Bool>()
    var monthParts = PhraseTable<MonthPart>()
    /// Fixed-date holidays, as month × 100 + day.
    var holidays = PhraseTable<Int>()
    var currencies = PhraseTable<String>()
    /// Symbols such as "€", "US$", "£" (no letters or digits, or mixed like "US$").
    var currencySymbols: [String: String] = [:]
    var channels = PhraseTable<String>()
    var tones = PhraseTable<String>()
    var outcomes = PhraseTable<String>()
    var pauseKinds = PhraseTable<String>()
    var personTriggers = PhraseTable<Bool>()
    var invoiceWords = PhraseTable<Bool>()
    var daysBefore = PhraseTable<Bool>()
    var daysAfter = PhraseTable<Bool>()
    var pastMarkers = PhraseTable<Bool>()
    var moneyCues = PhraseTable<Bool>()
    var futureMarkers = PhraseTable<Bool>()
    /// Words the conversation flow acts on (`cue` entities): "enviado", a paying verb, "reanuda",
    /// "disputa", and the openings of a follow-up question ("¿y Globex?").
    var cues: [(value: String, table: PhraseTable<Bool>)] = Lexicon.cueLists.map { ($0.value, PhraseTable<Bool>()) }
    /// "la segunda", "the first one", "2": a position among choices offered (`ordinal` entities).
    var choiceOrdinals = PhraseTable<Int>()
    /// The bits of the tables above, so that a token that starts none of their phrases is skipped at once.
    var flowCueMask: UInt64 = 0
    var stopwords: Set<String> = []
    var stopwordsByLanguage: [Language: Set<String>] = [:]
    var genericNameWords: Set<String> = []
    var dateConnectors: Set<String> = []
    var negations: Set<String> = []
    /// Nouns that count things ("3 facturas", "2 reminders"): a number before one is not an amount.
    var countedNouns: Set<String> = []
    /// First word of any phrase → the bits of the lists it starts a phrase in.
    var starters: [String: UInt64] = [:]
    /// Every folded word that appears in a list, per language (for language detection).
    var wordsByLanguage: [Language: Set<String>] = [:]

    /// List name → the value of the `cue` entities it finds.
    static let cueLists: [(list: String, value: String)] = [
        ("cue_sent", "sent"), ("cue_pay", "pay"), ("cue_resume", "resume"), ("cue_dispute", "dispute"), ("cue_followup", "followup"),
    ]

    init() {}

    init(_ definitions: [LexiconDefinition]) throws(IntentCatalogError) {
        for def in definitions {
            for (list, items) in def.lists {
                guard LexiconDefinition.knownLists.contains(list) else {
                    throw IntentCatalogError(file: def.source, line: items.first?.line ?? 0,
                                             reason: "unknown lexicon list '\(list)' (known: \(LexiconDefinition.knownLists.sorted().joined(separator: ", ")))")
                }
                for item in items {
                    try add(item, to: list, language: def.language, source: def.source)
                }
            }
        }
        var bit: UInt64 = 1
        func assign<V>(_ table: inout PhraseTable<V>) {
            table.assign(bit: bit, starters: &starters)
            bit <<= 1
        }
        assign(&months); assign(&monthAbbreviations); assign(&weekdays); assign(&relativeDays); assign(&numbers)
        assign(&multipliers); assign(&ordinals); assign(&units); assign(&next); assign(&last); assign(&this)
        assign(&futurePrepositions); assign(&fromNow); assign(&agoBefore); assign(&agoAfter); assign(&monthParts)
        assign(&currencies); assign(&channels); assign(&tones); assign(&outcomes); assign(&pauseKinds)
        assign(&personTriggers); assign(&invoiceWords); assign(&daysBefore); assign(&daysAfter); assign(&pastMarkers)
        assign(&futureMarkers); assign(&moneyCues); assign(&holidays); assign(&choiceOrdinals)
        for k in cues.indices { assign(&cues[k].table) }
        flowCueMask = cues.reduce(choiceOrdinals.bit) { $0 | $1.table.bit }
    }

    private mutating func add(_ item: LexiconItem, to list: String, language: Language, source: String) throws(IntentCatalogError) {
        let phrase = item.phrase
        let norm = TextFolding.normalize(phrase)
        func bad(_ why: String) -> IntentCatalogError {
            IntentCatalogError(file: source, line: item.line, reason: "list '\(list)', entry '\(phrase)': \(why)")
        }
        func int(_ range: ClosedRange<Int>) throws(IntentCatalogError) -> Int {
            guard let v = Int(item.value.trimmingBlanks()), range.contains(v) else {
                throw bad("value '\(item.value)' must be a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return v
        }
        if norm.isEmpty && list != "currencies" { throw bad("empty phrase") }
        // The flow's cue words are not vocabulary: they must not change how intents are scored.
        if !norm.isEmpty, !list.hasPrefix("cue_"), list != "choice_ordinals" {
            wordsByLanguage[language, default: []].formUnion(norm.split(separator: " ").map(String.init))
        }
        switch list {
        case "months": months.add(phrase, try int(1...12))
        case "month_abbreviations": monthAbbreviations.add(phrase, try int(1...12))
        case "weekdays": weekdays.add(phrase, try int(1...7))
        case "relative_days": relativeDays.add(phrase, try int(-3650...3650))
        case "numbers": numbers.add(phrase, try int(0...1_000_000_000))
        case "multipliers": multipliers.add(phrase, try int(1...1_000_000_000))
        case "ordinals": ordinals.add(phrase, try int(1...31))
        case "choice_ordinals": choiceOrdinals.add(phrase, try int(1...20))
        case _ where list.hasPrefix("cue_"):
            guard let k = Lexicon.cueLists.firstIndex(where: { $0.list == list }) else { break }
            cues[k].table.add(phrase, true)
        case "units":
            guard let unit = DateUnit(rawValue: item.value) else { throw bad("unit must be day, week, fortnight, month or year") }
            units.add(phrase, unit)
        case "holidays":
            let parts = item.value.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (1...12).contains(parts[0]), (1...CalendarDay.daysIn(month: parts[0], year: 2024)).contains(parts[1]) else {
                throw bad("a holiday's value must be its date as MM-DD")
            }
            holidays.add(phrase, parts[0] * 100 + parts[1])
        case "month_parts":
            guard let part = MonthPart(rawValue: item.value) else { throw bad("month part must be start, middle or end") }
            monthParts.add(phrase, part)
        case "currencies":
            let code = item.value.uppercased()
            guard Currency(code: code) != nil else { throw bad("'\(item.value)' is not an ISO 4217 currency code") }
            if norm.isEmpty || phrase.contains(where: { !$0.isLetter && !$0.isNumber && $0 != " " }) {
                currencySymbols[phrase.lowercased()] = code
            } else {
                currencies.add(phrase, code)
            }
        case "channels":
            guard ["email", "phone", "letter", "other"].contains(item.value) else { throw bad("channel must be email, phone, letter or other") }
            channels.add(phrase, item.value)
        case "tones":
            guard ["firm", "friendly", "formal"].contains(item.value) else { throw bad("tone must be firm, friendly or formal") }
            tones.add(phrase, item.value)
        case "outcomes":
            guard ["sent", "answered", "no_answer"].contains(item.value) else { throw bad("outcome must be sent, answered or no_answer") }
            outcomes.add(phrase, item.value)
        case "pause_kinds":
            guard ["dispute", "pause"].contains(item.value) else { throw bad("pause kind must be dispute or pause") }
            pauseKinds.add(phrase, item.value)
        case "next": next.add(phrase, true)
        case "last": last.add(phrase, true)
        case "this": this.add(phrase, true)
        case "future_prepositions": futurePrepositions.add(phrase, true)
        case "from_now": fromNow.add(phrase, true)
        case "ago_before": agoBefore.add(phrase, true)
        case "ago_after": agoAfter.add(phrase, true)
        case "person_triggers": personTriggers.add(phrase, true)
        case "invoice_words": invoiceWords.add(phrase, true)
        case "days_before": daysBefore.add(phrase, true)
        case "days_after": daysAfter.add(phrase, true)
        case "past_markers": pastMarkers.add(phrase, true)
        case "money_cues": moneyCues.add(phrase, true)
        case "future_markers": futureMarkers.add(phrase, true)
        case "stopwords":
            stopwords.insert(norm)
            stopwordsByLanguage[language, default: []].insert(norm)
        case "generic_name_words": genericNameWords.insert(norm)
        case "date_connectors": dateConnectors.insert(norm)
        case "negations": negations.insert(norm)
        case "counted_nouns": countedNouns.insert(norm)
        default: break
        }
    }
}
