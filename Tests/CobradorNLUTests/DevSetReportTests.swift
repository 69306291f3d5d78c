import CobradorCore
import CobradorNLU
import Foundation
import Testing

/// Scores a labelled JSONL set (the format of the shared dev set) when `COBRADOR_NLU_SET` names one,
/// prints every miss and fails below 97 % of intents or entities. Skipped when no set is named, since
/// the shared sets are not part of a clone.
@Suite struct DevSetReportTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COBRADOR_NLU_SET"] != nil))
    func report() throws {
        let path = ProcessInfo.processInfo.environment["COBRADOR_NLU_SET"]!
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        var ok = 0, total = 0, entOK = 0, entTotal = 0
        for line in lines {
            guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = row["text"] as? String, let want = row["intent"] as? String else { continue }
            let today = (row["today"] as? String).flatMap { CalendarDay(parsing: $0) } ?? Fixtures.today
            let r = Fixtures.parser.parse(text, today: today)
            total += 1
            var misses: [String] = []
            if r.intent == want { ok += 1 } else { misses.append("intent \(r.intent)") }
            func check(_ name: String, _ good: Bool) {
                entTotal += 1
                if good { entOK += 1 } else { misses.append(name) }
            }
            if let c = row["client"] as? String { check("client", r.entities(.client).contains { $0.value == c }) }
            if let c = row["invoice"] as? String { check("invoice", r.entities(.invoice).contains { $0.value?.uppercased() == c.uppercased() }) }
            if let a = row["amount"] as? String {
                check("money", r.entities(.money).contains {
                    Decimal(string: $0.amount ?? "x") == Decimal(string: a) && ((row["currency"] as? String) == nil || $0.currency?.code == row["currency"] as? String)
                })
            }
            if let d = row["date"] as? String { check("date", r.entities(.date).contains { $0.value == d }) }
            if let e = row["email"] as? String { check("email", r.entities(.email).contains { $0.value == e }) }
            if !misses.isEmpty { print("MISS [\(want)] \(text) -> \(misses.joined(separator: ", ")) :: \(r.jsonLine())") }
        }
        print("DEVSET intent \(ok)/\(total) entities \(entOK)/\(entTotal)")
        #expect(total > 0)
        #expect(Double(ok) >= 0.97 * Double(total))
        #expect(Double(entOK) >= 0.97 * Double(entTotal))
    }
}
