import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// Messages typed the way people really write them (the table is `Data/RealisticCorpus.swift`):
/// each gets its intent and the entities it names.
@Suite struct RealisticMessagesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var intent: String
        var today: CalendarDay
        var text: String
        var expected: [(key: String, value: String)]
        var testDescription: String { "\(intent): \(text)" }
    }

    static let cases: [Case] = table(RealisticCorpus.table)

    /// The cases of a table in `RealisticCorpus.table`'s layout.
    static func table(_ text: String) -> [Case] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 3, !line.hasPrefix("#"), let today = CalendarDay(parsing: parts[1]) else { return nil }
            let expected = (parts.count > 3 ? parts[3] : "").split(separator: ";").compactMap { pair -> (key: String, value: String)? in
                guard let eq = pair.firstIndex(of: "=") else { return nil }
                return (String(pair[..<eq]), String(pair[pair.index(after: eq)...]))
            }
            return Case(intent: parts[0], today: today, text: parts[2], expected: expected)
        }
    }

    @Test func tableIsLargeAndCoversEveryIntent() {
        #expect(RealisticMessagesTests.cases.count >= 200)
        let intents = Set(RealisticMessagesTests.cases.map(\.intent))
        for intent in IntentName.allCases { #expect(intents.contains(intent.rawValue), "no realistic case for \(intent.rawValue)") }
    }

    @Test(arguments: cases)
    func understood(_ c: Case) {
        let r = Fixtures.parser.parse(c.text, today: c.today)
        #expect(r.intent == c.intent, "\(c.text) → \(r.jsonLine())")
        for (key, value) in c.expected {
            #expect(RealisticMessagesTests.has(r, key, value), "\(c.text): \(key)=\(value) → \(r.jsonLine())")
        }
    }

    static func has(_ r: ParseResult, _ key: String, _ value: String) -> Bool {
        switch key {
        case "client": return r.entities(.client).contains { $0.value == value }
        case "invoice": return r.entities(.invoice).contains { $0.value?.uppercased() == value.uppercased() }
        case "amount":
            return r.entities(.money).contains { Decimal(string: $0.amount ?? "x") == Decimal(string: value) }
        case "currency":
            return r.entities(.money).contains { ($0.currency?.code ?? "-") == value }
        case "date": return r.entities(.date).contains { $0.value == value }
        case "email": return r.entities(.email).contains { $0.value == value }
        case "unknown": return r.entities(.unknownClient).contains { $0.text == value }
        case "days": return r.days == Int(value)
        case "cue": return r.hasCue(value)
        case "metric": return r.metric == value
        case "ordinal": return r.ordinal == Int(value)
        default: return false
        }
    }

    /// Every intent decision says which words decided it, inside the message.
    @Test(arguments: cases)
    func decidedBySpanIsInsideTheMessage(_ c: Case) {
        let r = Fixtures.parser.parse(c.text, today: c.today)
        guard let span = r.decidedBy else {
            Issue.record("no decided_by: \(r.jsonLine())")
            return
        }
        #expect(span.start >= 0 && span.start < span.end && span.end <= c.text.count, "\(c.text) → \(r.jsonLine())")
    }
}
