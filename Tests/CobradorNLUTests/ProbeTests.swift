import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// The probes of `Data/ProbeCorpus.swift`: realistic messages get their intent and entities, date and
/// money forms their value, each language on its own.
@Suite struct ProbeTests {
    static let messages = RealisticMessagesTests.table(ProbeCorpus.messages)

    static func rows(_ table: String) -> [[String]] {
        table.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static let dates = rows(ProbeCorpus.dates)
    static let money = rows(ProbeCorpus.money)

    @Test func probesAreManyInBothLanguages() {
        #expect(ProbeTests.messages.count >= 150)
        for lang in ["en", "es"] {
            #expect(ProbeTests.dates.filter { $0[0] == lang }.count >= 60)
            #expect(ProbeTests.money.filter { $0[0] == lang }.count >= 50)
        }
    }

    @Test(arguments: messages)
    func understood(_ c: RealisticMessagesTests.Case) {
        let r = Fixtures.parser.parse(c.text, today: c.today)
        #expect(r.intent == c.intent, "\(c.text) → \(r.jsonLine())")
        for (key, value) in c.expected {
            #expect(RealisticMessagesTests.has(r, key, value), "\(c.text): \(key)=\(value) → \(r.jsonLine())")
        }
    }

    @Test(arguments: dates)
    func dateRead(_ row: [String]) {
        let r = Fixtures.parser.parse(row[1], today: Fixtures.today, language: Language(rawValue: row[0]))
        #expect(r.entities(.date).contains { $0.value == row[2] }, "\(row[1]) → \(r.jsonLine())")
    }

    @Test(arguments: money)
    func moneyRead(_ row: [String]) {
        let r = Fixtures.parser.parse(row[1], today: Fixtures.today, language: Language(rawValue: row[0]))
        let found = r.entities(.money).contains {
            Decimal(string: $0.amount ?? "x") == Decimal(string: row[2]) && ($0.currency?.code ?? "-") == row[3]
        }
        #expect(found, "\(row[1]) → \(r.jsonLine())")
    }
}
