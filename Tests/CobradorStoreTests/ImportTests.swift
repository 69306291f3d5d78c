import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct ImportTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!

    func rows(_ name: String) throws -> [InvoiceImportRow] {
        try InvoiceCSVParser.parse(TestPaths.fixtureText(name)).get()
    }

    @Test(arguments: StoreEngine.available) func importsTheFixtureAndDerivesBalances(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            let summary = try await db.importRows(try rows("invoices.csv"), on: today, by: .cli, dryRun: false, progress: nil)
            #expect(summary.created.count == 11)
            #expect(summary.clientsCreated.count == 10)
            let debtors = Debtor.summarize(try await db.openItems(), asOf: today)
            #expect(Set(debtors.map(\.clientName)).count == 8)
            let acme = try #require(debtors.first { $0.clientName == "Acme S.L." })
            #expect(acme.outstanding == Money(minorUnits: 165_000, currency: .eur))
            #expect(acme.invoiceCount == 2)
            #expect(acme.oldestDaysOverdue == 41)
            let pied = try #require(debtors.first { $0.clientName == "Pied Piper" })
            #expect(pied.outstanding == Money(minorUnits: 150_000, currency: .eur))
            #expect(!debtors.contains { $0.clientName == "Wayne Enterprises" || $0.clientName == "Café La Esquina" })
            let soylent = try #require(debtors.first { $0.clientName.hasPrefix("Soylent") })
            #expect(soylent.outstanding.currency == .mxn)
        }
    }

    @Test(arguments: StoreEngine.available) func secondImportChangesNothingAndUpdatesWhatChanged(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            let first = try rows("invoices.csv")
            _ = try await db.importRows(first, on: today, by: .cli, dryRun: false, progress: nil)
            let again = try await db.importRows(first, on: today, by: .cli, dryRun: false, progress: nil)
            #expect(again.created.isEmpty && again.updated.isEmpty && again.unchanged.count == 11)
            var changed = first
            changed[0].paid = Money(minorUnits: 20_000, currency: .eur)
            let third = try await db.importRows(changed, on: today, by: .cli, dryRun: false, progress: nil)
            #expect(third.updated.sample == ["T-2026-201"])
            #expect(try await db.openItems().count == 9)
            let acme = try #require(try await db.clients().first { $0.name == "Acme S.L." })
            let file = try #require(try await db.clientFile(id: acme.id))
            #expect(file.invoices.count == 2)
            #expect(file.payments.map(\.amount.minorUnits) == [20_000])
            #expect(file.client.emails == ["cobros@acme.test"])
        }
    }

    @Test func spanishHeadersSemicolonsAndCommaDecimals() throws {
        let parsed = try rows("invoices-es.csv")
        #expect(parsed.map(\.amount.minorUnits) == [120_050, 9_990, 300_000])
        #expect(parsed[0].paid.minorUnits == 20_050)
        #expect(parsed[0].due == CalendarDay(year: 2026, month: 10, day: 31))
        #expect(parsed[2].contact == "Iñaki")
    }

    @Test func aBadFileNamesEveryBadLineAndChangesNothing() throws {
        let db = try AppDatabase.inMemory()
        switch InvoiceCSVParser.parse(TestPaths.fixtureText("invoices-bad.csv")) {
        case .success: Issue.record("a bad file must not parse")
        case .failure(let failure):
            let lines = failure.problems.map(\.line)
            #expect(lines == [3, 4, 5, 6])
            let es = failure.rendered(.es)
            #expect(es.contains("línea 3: fecha no válida"))
            #expect(es.contains("línea 4: el importe de «amount» no puede ser negativo"))
            #expect(es.contains("moneda desconocida «XYZ»"))
            #expect(failure.rendered(.en).contains("line 6: invoice B-1 already appears on line 2"))
        }
        #expect(try db.openItems().isEmpty)
    }

    @Test func withoutADueColumnInvoicesFallDueAfterTheDefaultTerm() throws {
        let rows = try InvoiceCSVParser.parse("number,client,issued,amount,currency\nA,B,2026-01-01,1,EUR\n").get()
        #expect(rows.first?.due == CalendarDay(year: 2026, month: 1, day: 31))
        let longer = try InvoiceCSVParser.parse(
            "number,client,issued,amount,currency\nA,B,2026-01-01,1,EUR\n",
            options: ImportOptions(termDays: 60)
        ).get()
        #expect(longer.first?.due == CalendarDay(year: 2026, month: 3, day: 2))
    }

    @Test(arguments: StoreEngine.available) func numberOfAnotherClientRollsBackTheWholeImport(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            _ = try await db.importRows(try rows("invoices.csv"), on: today, by: .cli, dryRun: false, progress: nil)
            let csv = """
                number,client,issued,due,amount,currency
                NEW-1,Fresh Client,2026-11-01,2026-12-01,10.00,EUR
                T-2026-201,Somebody Else,2026-11-01,2026-12-01,10.00,EUR
                """
            let summary = try await db.importRows(try InvoiceCSVParser.parse(csv).get(), on: today, by: .cli, dryRun: false, progress: nil)
            #expect(summary.problems.map(\.line) == [3])
            #expect(summary.problems.first?.rendered(.es).contains("ya existe a nombre de otro cliente (Acme S.L.)") == true)
            #expect(try await db.invoice(number: "NEW-1") == nil)
            #expect(try await !db.clients().contains { $0.name == "Fresh Client" })
        }
    }

    @Test(arguments: StoreEngine.available) func dryRunReportsButDoesNotWrite(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            let summary = try await db.importRows(try rows("invoices.csv"), on: today, by: .cli, dryRun: true, progress: nil)
            #expect(summary.created.count == 11)
            #expect(try await db.clients().isEmpty)
            #expect(try await db.auditTrail(limit: 5).isEmpty)
        }
    }

    @Test(arguments: [
        ("1.200,50", 120_050), ("1,200.50", 120_050), ("1200.5", 120_050), ("1200,50", 120_050), ("1.200", 120_000),
        ("1,200", 120_000), ("12.5", 1_250), ("1.234.567,89", 123_456_789), ("€1.200,00", 120_000), ("0,99", 99),
    ])
    func amountsInEitherLocale(text: String, minor: Int64) {
        #expect(InvoiceCSVParser.parseAmount(text, currency: .eur)?.minorUnits == minor)
    }

    @Test(arguments: ["1.2.3", "12,34.56.7", "abc", "", "1..2", "1,2,3"])
    func malformedAmounts(text: String) {
        #expect(InvoiceCSVParser.parseAmount(text, currency: .eur) == nil)
    }

    @Test func largeImportIsFast() throws {
        var csv = "number,client,issued,due,amount,currency,paid\n"
        for i in 0..<20_000 { csv += "N-\(i),Client \(i % 500),2026-01-01,2026-02-01,\(i % 900 + 1).50,EUR,0\n" }
        let db = try AppDatabase.open(path: TestPaths.temporaryDirectory().appendingPathComponent("big.sqlite").path)
        let start = Date()
        let parsed = try InvoiceCSVParser.parse(csv).get()
        let summary = try db.importInvoices(parsed, on: today, by: .cli, dryRun: false, progress: nil)
        #expect(summary.created.count == 20_000)
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
