import CobradorTestSupport
import Foundation
import Testing

@Suite(.ownThread) struct ParseCommandTests {
    func object(_ line: Substring) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func oneMessageAsJSONWithEntitiesAndOffsets() throws {
        let cli = try CLIRunner.withFixture()
        let out = try cli.run(["parse", "--json", "Acme pagó 1.200,50 € de la T-2026-201 el viernes"])
        #expect(out.status == 0)
        let o = try object(Substring(out.stdout.trimmingCharacters(in: .newlines)))
        #expect(Array(o.keys).count == 7)
        let decided = try #require(o["decided_by"] as? [String: Int])
        #expect(decided["start"] == 0 && decided["end"] ?? 0 > 0)
        #expect(o["intent"] as? String == "record_payment")
        #expect(o["lang"] as? String == "es")
        let entities = try #require(o["entities"] as? [[String: Any]])
        let client = try #require(entities.first { $0["type"] as? String == "client" })
        #expect(client["value"] as? String == "Acme S.L.")
        #expect(client["start"] as? Int == 0 && client["end"] as? Int == 4)
        #expect(entities.contains { $0["type"] as? String == "money" && $0["amount"] as? String == "1200.50" && $0["currency"] as? String == "EUR" })
        #expect(entities.contains { $0["type"] as? String == "invoice" && $0["value"] as? String == "T-2026-201" })
        #expect(entities.contains { $0["type"] as? String == "date" && ($0["value"] as? String)?.hasPrefix("2026-11-2") == true })
    }

    @Test func batchAnswersEveryLineInOrderWithItsOwnToday() throws {
        let cli = try CLIRunner.withFixture()
        let input = """
            {"text": "Soylent dice que paga el viernes", "today": "2026-11-30"}
            {"text": "Soylent dice que paga el viernes", "today": "2026-12-07", "intent": "ignored"}
            not json at all
            {"text": ""}

            {"text": "who owes me?"}
            """
        let out = try cli.run(["parse", "--json", "--batch"], input: input + "\n")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        let first = try object(lines[0])
        let second = try object(lines[1])
        func date(_ o: [String: Any]) -> String? {
            (o["entities"] as? [[String: Any]])?.first { $0["type"] as? String == "date" }?["value"] as? String
        }
        #expect(date(first) == "2026-12-04")
        #expect(date(second) == "2026-12-11")
        #expect(try object(lines[2])["intent"] as? String == "fallback")
        #expect(try object(lines[3])["intent"] as? String == "fallback")
        #expect(try object(lines[4])["intent"] as? String == "who_owes")
    }

    /// Each process hashes with its own seed: a catalog built by walking sets and dictionaries read
    /// these messages differently from one run to the next (a tie between spelling corrections of
    /// "Rome", the order of a sum). Fresh compiles, the one that writes the cache and the one read
    /// from it must all agree.
    @Test func everyProcessReadsAMessageAlike() throws {
        let cli = try CLIRunner.withFixture()
        let messages = [
            "book me a flight to Rome", "hablé por teléfono con Initech y dicen que lo revisan",
            "Umbrella me contestó, dicen que lo revisan", "quien me deve lana", "recordatorrio para globex porfa",
            "pied pipper has payed 300", "che, ¿cuánta guita me deben?", "what's the balance for Tyrell Corp?",
        ]
        let input = messages.map { "{\"text\": \"\($0)\", \"today\": \"2026-11-30\"}" }.joined(separator: "\n") + "\n"
        var outputs: [String] = []
        for _ in 0..<4 {
            outputs.append(try cli.run(["parse", "--json", "--batch"], input: input, environment: ["COBRADOR_NO_CACHE": "1"]).stdout)
        }
        outputs.append(try cli.run(["parse", "--json", "--batch"], input: input).stdout)
        outputs.append(try cli.run(["parse", "--json", "--batch"], input: input).stdout)
        #expect(outputs[0].split(separator: "\n").count == messages.count)
        for (k, out) in outputs.enumerated() { #expect(out == outputs[0], "run \(k)") }
    }

    @Test func worksWithoutADatabaseAndFromAnyDirectory() throws {
        let dir = TestPaths.temporaryDirectory()
        let out = try CLIRunner.execute(
            ["--db", dir.appendingPathComponent("none.sqlite").path, "parse", "--json", "¿quién me debe?"],
            environment: ["PWD": dir.path])
        #expect(out.status == 0)
        #expect(out.stdout.contains("\"intent\":\"who_owes\""))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
    }

    @Test func readsTheClientsOfAPostgreSQLDatabase() async throws {
        guard TestPostgres.enabled else { return }
        try await TestPostgres.withDatabase { url in
            let cli = try CLIRunner.withFixture(location: url)
            let out = try cli.run(["parse", "--json", "Umbrella pagó 100 € de la T-2026-161"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("\"type\":\"client\",\"value\":\"Umbrella Ibérica S.A.\""), "\(out.stdout)")
            #expect(out.stdout.contains("\"type\":\"invoice\",\"value\":\"T-2026-161\""), "\(out.stdout)")
        }
    }
}
