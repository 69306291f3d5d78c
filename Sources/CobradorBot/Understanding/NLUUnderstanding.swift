import CobradorCore
import CobradorNLU

/// The production `MessageUnderstanding`: the rule-based parser over the current client gazetteer.
public struct NLUUnderstandingFactory: UnderstandingFactory {
    let catalog: IntentCatalog

    public init(catalog: IntentCatalog) { self.catalog = catalog }

    public func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding {
        let gazetteer = ClientGazetteer(clients.map { GazetteerEntry(id: $0.id, name: $0.name, aliases: $0.aliases) })
        return NLUUnderstanding(parser: NLUParser(catalog: catalog, clients: gazetteer, invoiceNumbers: invoiceNumbers))
    }
}

struct NLUUnderstanding: MessageUnderstanding {
    let parser: NLUParser

    func understand(_ text: String, today: CalendarDay, language: Language?) -> Understanding {
        Self.understanding(from: parser.parse(text, today: today, language: language))
    }

    static func understanding(from r: ParseResult) -> Understanding {
        var u = Understanding(text: r.text, intent: r.intentName, language: r.language, confidence: r.confidence)
        u.wordCount = r.wordCount
        u.clientIDs = r.clientIDs
        u.ambiguousClients = r.ambiguousClient?.ids ?? []
        for e in r.entities {
            switch e.kind {
            case .invoice: if let v = e.value { u.invoiceNumbers.append(v) }
            case .money:
                if let m = e.money { u.amounts.append(m) } else if let a = e.amount { u.bareAmounts.append(a) }
            case .date: if let d = e.day { u.dates.append(d) }
            case .email: if let v = e.value { u.emails.append(v) }
            case .phone: if let v = e.text.isEmpty ? e.value : e.text { u.phones.append(v) }
            case .person: if let v = e.value { u.people.append(v) }
            case .channel: u.channel = u.channel ?? e.value.flatMap(Self.channel)
            case .outcome: u.outcome = u.outcome ?? e.value.flatMap(ContactEvent.Outcome.init(rawValue:))
            case .tone: u.tone = u.tone ?? e.value.flatMap(Understanding.Tone.init(rawValue:))
            case .days: u.days = u.days ?? e.number
            case .quote: u.quote = u.quote ?? e.value
            case .pauseKind: u.pauseKind = u.pauseKind ?? e.value.flatMap(FollowUpPause.Kind.init(rawValue:))
            case .unknownClient: u.unknownClientNames.append(e.value ?? e.text)
            case .cue: if let cue = e.value.flatMap(Understanding.Cue.init(rawValue:)) { u.cues.insert(cue) }
            case .ordinal: if let n = e.value.flatMap({ Int($0) }) { u.ordinals.append(n) }
            case .metric: u.metric = u.metric ?? e.value.flatMap(Understanding.Metric.init(rawValue:))
            case .client: break
            }
        }
        u.alternatives = r.alternatives.map { IntentName(named: $0.intent) }
        return u
    }

    /// The parser's channel values are the lexicon's (email, phone, letter, other); "other" has no ledger channel.
    static func channel(_ value: String) -> ContactEvent.Channel? { ContactEvent.Channel(rawValue: value) }
}
