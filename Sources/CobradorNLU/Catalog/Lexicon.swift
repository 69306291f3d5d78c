import CobradorCore
import Foundation

/// The compiled look-up lists of all languages together: entity scanners accept either
/// language's words in any message ("el 15 de December" is rare, but "pagó 300 dollars" is not).
///
/// A class: every scanner reads it for every message, and a struct of this many tables was copied
/// (a retain and a release per table) each time one was taken out of the extraction context.
/// Unchecked: the tables are filled in `init` and never changed after it.
final class Lexicon: @unchecked Sendable {
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
    var stopwords: Set<String> = []
    var stopwordsByLanguage: [Language: Set<String>] = [:]
    var genericNameWords: Set<String> = []
    var dateConnectors: Set<String> = []
    var negations: Set<String> = []
    /// Nouns that count things ("3 facturas", "2 reminders"): a number before one is not an amount.
    var countedNouns: Set<String> = []
    /// Regional, everyday and accounting words → the plain words the intents are written in
    /// ("lana" → "dinero", "aged debtors" → "debtors"), per language: read by the intent scorer only,
    /// each language's model through its own list (Spanish "el invoice" is "la factura", English is untouched).
    var spanishSynonyms = PhraseTable<[String]>()
    var englishSynonyms = PhraseTable<[String]>()

    func synonyms(_ language: Language) -> PhraseTable<[String]> { language == .es ? spanishSynonyms : englishSynonyms }
    /// Words the conversation flow reacts to: sent, pay, resume, dispute.
    var cues = PhraseTable<String>()
    /// How a follow-up question opens ("¿y…?", "and…", "what about…").
    var followUpOpeners = PhraseTable<Bool>()
    /// "la segunda", "the first one": the 1-based position of a choice.
    var choiceOrdinals = PhraseTable<Int>()
    /// Which figure a forecast question asks for: dso or slower.
    var metrics = PhraseTable<String>()
    /// A request to review a text ("revisa", "check the tone", "does it sound ok").
    var reviewCues = PhraseTable<Bool>()
    /// Words after which a capitalised name is a client ("debe", "for", "balance for").
    var clientTriggers = PhraseTable<Bool>()
    /// Words after which a name is a client's: it pays or owes ("Pied Piper pagó", "Tyrell owes me").
    var clientClosers = PhraseTable<Bool>()
    /// Words that make a name an organisation's ("Industries", "Corp", "S.L.").
    var companyWords: Set<String> = []
    /// Spoken fillers that carry nothing ("eh", "o sea", "um").
    var fillers = PhraseTable<Bool>()
    /// Self-corrections: what comes before them was a slip ("acme no perdón globex").
    var corrections = PhraseTable<Bool>()
    /// Words that open a new clause ("pero", "but", "so", "así que").
    var clauseOpeners = PhraseTable<Bool>()
    /// Greetings, stories and sign-offs that open a message without being the request ("te cuento", "good news").
    var socialOpeners = PhraseTable<Bool>()
    /// Currency words and signs that do not settle which currency ("$", "pesos"): the codes they may stand for.
    var ambiguousCurrencies = PhraseTable<[String]>()
    var ambiguousCurrencySymbols: [String: [String]] = [:]
    /// Verbs in a past tense: a date in a sentence told in the past points backwards.
    var pastVerbs: Set<String> = []
    /// Scale words after an amount ("lucas" = 1000, "MEUR" is handled by the money scanner).
    var moneyScales = PhraseTable<Int>()
    /// Year words: "nineteen" as the first half of "nineteen ninety-three", "dos mil" as 2000.
    var spelledYears = PhraseTable<Int>()
    /// How a request opens ("dime", "can you", "qué", "please"): a clause that opens so is the request.
    var requestOpeners = PhraseTable<Bool>()
    /// First names: a capitalised name among them is a person, not a client.
    var personNames: Set<String> = []
    /// "Mr.", "Sra.", "Dr.": the name after one is a person's.
    var honorifics: Set<String> = []
    /// First word of any phrase → the bits of the lists it starts a phrase in.
    var starters: [String: UInt64] = [:]
    /// Every folded word that appears in a list, per language (for language detection).
    var wordsByLanguage: [Language: Set<String>] = [:]

    init() {}

    init(_ definitions: [LexiconDefinition]) throws(FileLineError) {
        for def in definitions {
            for (list, items) in def.lists.sorted(by: { $0.key < $1.key }) {
                guard LexiconDefinition.knownLists.contains(list) else {
                    throw FileLineError(
                        file: def.source, line: items.first?.line ?? 0,
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
        assign(&months)
        assign(&monthAbbreviations)
        assign(&weekdays)
        assign(&relativeDays)
        assign(&numbers)
        assign(&multipliers)
        assign(&ordinals)
        assign(&units)
        assign(&next)
        assign(&last)
        assign(&this)
        assign(&futurePrepositions)
        assign(&fromNow)
        assign(&agoBefore)
        assign(&agoAfter)
        assign(&monthParts)
        assign(&currencies)
        assign(&channels)
        assign(&tones)
        assign(&outcomes)
        assign(&pauseKinds)
        assign(&personTriggers)
        assign(&invoiceWords)
        assign(&daysBefore)
        assign(&daysAfter)
        assign(&pastMarkers)
        assign(&futureMarkers)
        assign(&moneyCues)
        assign(&holidays)
        assign(&spanishSynonyms)
        assign(&englishSynonyms)
        assign(&cues)
        assign(&followUpOpeners)
        assign(&choiceOrdinals)
        assign(&metrics)
        assign(&reviewCues)
        assign(&clientTriggers)
        assign(&clientClosers)
        assign(&fillers)
        assign(&corrections)
        assign(&clauseOpeners)
        assign(&socialOpeners)
        assign(&ambiguousCurrencies)
        assign(&moneyScales)
        assign(&spelledYears)
        assign(&requestOpeners)
    }

    private func add(_ item: LexiconItem, to list: String, language: Language, source: String) throws(FileLineError) {
        let phrase = item.phrase
        let norm = TextFolding.normalize(phrase)
        func bad(_ why: String) -> FileLineError {
            FileLineError(file: source, line: item.line, reason: "list '\(list)', entry '\(phrase)': \(why)")
        }
        func int(_ range: ClosedRange<Int>) throws(FileLineError) -> Int {
            guard let v = Int(item.value.trimmingBlanks()), range.contains(v) else {
                throw bad("value '\(item.value)' must be a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return v
        }
        if norm.isEmpty && list != "currencies" && list != "ambiguous_currencies" { throw bad("empty phrase") }
        // A synonym's phrase is often the other language's word ("invoices" → facturas): only its
        // replacement says which language the list is in.
        if !norm.isEmpty, list != "synonyms" {
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
        case "synonyms":
            let words = TextFolding.normalize(item.value).split(separator: " ").map(String.init)
            wordsByLanguage[language, default: []].formUnion(words)
            if language == .es { spanishSynonyms.add(phrase, words) } else { englishSynonyms.add(phrase, words) }
        case "cues":
            guard ["sent", "pay", "resume", "dispute", "why"].contains(item.value) else {
                throw bad("cue must be sent, pay, resume, dispute or why")
            }
            cues.add(phrase, item.value)
        case "follow_up_openers": followUpOpeners.add(phrase, true)
        case "choice_ordinals": choiceOrdinals.add(phrase, try int(1...20))
        case "metrics":
            guard ["dso", "slower"].contains(item.value) else { throw bad("metric must be dso or slower") }
            metrics.add(phrase, item.value)
        case "review_cues": reviewCues.add(phrase, true)
        case "client_triggers": clientTriggers.add(phrase, true)
        case "client_closers": clientClosers.add(phrase, true)
        case "company_words": companyWords.insert(norm.replacingOccurrences(of: " ", with: ""))
        case "fillers": fillers.add(phrase, true)
        case "corrections": corrections.add(phrase, true)
        case "clause_openers": clauseOpeners.add(phrase, true)
        case "social_openers": socialOpeners.add(phrase, true)
        case "ambiguous_currencies":
            let codes = item.value.split(separator: " ").map { $0.uppercased() }
            guard !codes.isEmpty, codes.allSatisfy({ Currency(code: $0) != nil }) else {
                throw bad("the value must list ISO 4217 codes separated by spaces")
            }
            if norm.isEmpty || phrase.contains(where: { !$0.isLetter && !$0.isNumber && $0 != " " }) {
                ambiguousCurrencySymbols[phrase.lowercased()] = codes
            } else {
                ambiguousCurrencies.add(phrase, codes)
            }
        case "past_verbs": pastVerbs.insert(norm)
        case "person_names": personNames.insert(norm)
        case "honorifics": honorifics.insert(norm)
        case "request_openers": requestOpeners.add(phrase, true)
        case "money_scales": moneyScales.add(phrase, try int(1...1_000_000_000))
        case "spelled_years": spelledYears.add(phrase, try int(1...99))
        default: break
        }
    }
}
