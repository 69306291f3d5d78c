import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// Any input gives one line of valid JSON, quickly, with offsets that index the original text.
@Suite struct RobustnessTests {
    static let inputs: [String] = [
        "", " ", "\n\t", "\"", "'", "\"unbalanced 'quotes", "\\", "{\"text\": 1}", "\u{0}\u{1}\u{7}\u{1B}[31m", "🙂👍🏽👨‍👩‍👧",
        "مرحبا كم يدين لي أكمي؟", "שלום Acme", "\u{202E}evil\u{202C} Acme pagó 5 €", "e\u{301}\u{301}\u{301}", "\u{FFFD}\u{FFFD}",
        "Acme pagó 9999999999999999999999 €", "F-" + String(repeating: "9", count: 500), String(repeating: "a", count: 5000),
        String(repeating: "recordar a Acme ", count: 7000), String(repeating: "1.", count: 3000), "@@@@@@ a@b.c @",
        "+++++++++", String(repeating: "(", count: 2000), "\u{2028}\u{2029}", "ｈｏｌａ", "ACME PAGÓ 1.200,50 € 🙂 el viernes",
    ]

    @Test(arguments: inputs)
    func validJSON(_ text: String) throws {
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        let line = r.jsonLine()
        #expect(!line.contains("\n"))
        // JavaScript reads U+2028/U+2029 as line ends: written escaped.
        #expect(!line.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["text"] as? String == text)
        #expect(Array(object?.keys ?? [:].keys).count == 7)
        let chars = Array(text)
        for e in r.entities {
            #expect(e.start >= 0 && e.start <= e.end && e.end <= chars.count)
            #expect(String(chars[e.start..<e.end]) == e.text)
        }
    }

    @Test func keysInDocumentedOrder() {
        let line = Fixtures.parser.parse("Acme pagó 450 € de la F-2026-088", today: Fixtures.today).jsonLine()
        let order = ["\"text\"", "\"lang\"", "\"intent\"", "\"confidence\"", "\"entities\"", "\"alternatives\""]
        let positions = order.map { line.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(line.contains("{\"type\":\"money\",\"amount\":\"450.00\",\"currency\":\"EUR\",\"text\":\"450 €\""))
    }

    @Test func encodableMatchesJSONLine() throws {
        let r = Fixtures.parser.parse("Acme pagó 450 € de la F-2026-088 ayer", today: Fixtures.today)
        let a = try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(r.jsonLine().utf8)) as? NSDictionary
        #expect(a == b)
    }

    @Test func hugeInputIsBounded() {
        let text = String(repeating: "quien me debe 1.200,50 € el viernes ", count: 3000)
        let start = Date()
        let r = Fixtures.parser.parse(text, today: Fixtures.today)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(r.text == text)
    }
}
