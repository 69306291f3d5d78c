import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct LedgerStoreTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!
    let me = Actor(user: "ana", channel: "test")

    /// A store of `engine` with the fixture imported.
    func seeded<R: Sendable>(_ engine: StoreEngine, _ body: (any TestStore) async throws -> R) async throws -> R {
        try await engine.withStore { db in
            let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText("invoices.csv")).get()
            _ = try await db.importRows(rows, on: today, by: me, dryRun: false, progress: nil)
            return try await body(db)
        }
    }

    @Test func roundTripThroughAFile() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("rt.sqlite").path
        do {
            let db = try AppDatabase.open(path: path)
            let receipt = try db.apply(.addClient(name: "Nueva S.L.", contacts: [ClientContact(kind: .email, value: "a@b.test")]), by: me)
            _ = try db.apply(.addAlias(clientID: receipt.rowID, alias: "Nueva"), by: me)
            _ = try db.apply(
                .addInvoice(
                    NewInvoice(
                        number: "N-1", clientID: receipt.rowID, issued: today, due: today.adding(days: 30),
                        amount: Money(minorUnits: 12_345, currency: .usd), lateFee: .monthlyRate(basisPoints: 150))), by: me)
        }
        let reopened = try AppDatabase.open(path: path)
        let client = try #require(try reopened.clients().first)
        #expect(client.name == "Nueva S.L.")
        #expect(client.aliases == ["Nueva"])
        #expect(client.emails == ["a@b.test"])
        let invoice = try #require(try reopened.invoice(number: "n-1"))
        #expect(invoice.amount == Money(minorUnits: 12_345, currency: .usd))
        #expect(invoice.lateFee == .monthlyRate(basisPoints: 150))
        #expect(invoice.due == today.adding(days: 30))
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test(arguments: StoreEngine.available) func partialPaymentsAndCurrenciesKeepTheirOwnTotals(engine: StoreEngine) async throws {
        try await seeded(engine) { db in
            let inv = try #require(try await db.invoice(number: "T-2026-161"))
            _ = try await db.apply(
                .recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 50_050, currency: .eur), date: today, note: nil), by: me)
            let file = try #require(try await db.clientFile(id: inv.clientID))
            let balance = try #require(file.balances(asOf: today).first)
            #expect(balance.outstanding == Money(minorUnits: 225_000, currency: .eur))
            #expect(balance.isPartlyPaid)
            let debtors = Debtor.summarize(try await db.openItems(), asOf: today)
            var totals = CurrencyTotals()
            for d in debtors { totals.add(d.outstanding) }
            #expect(
                totals.amounts == [
                    Money(minorUnits: 680_000, currency: .eur), Money(minorUnits: 5_700_000, currency: .mxn),
                    Money(minorUnits: 350_000, currency: .usd),
                ])
        }
    }

    @Test(arguments: StoreEngine.available) func wrongCurrencyIsRefusedAndNothingIsWritten(engine: StoreEngine) async throws {
        try await seeded(engine) { db in
            let inv = try #require(try await db.invoice(number: "GX-9001"))
            await #expect(throws: LedgerError.currencyMismatch(expected: .usd, got: .eur)) {
                try await db.apply(.recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 100, currency: .eur), date: today, note: nil), by: me)
            }
            #expect(try await db.clientFile(id: inv.clientID)?.payments.isEmpty == true)
            #expect(try await db.auditTrail(limit: 10).allSatisfy { $0.action == "import" })
        }
    }

    @Test(arguments: StoreEngine.available) func everyChangeIsAuditedAndCanBeUndone(engine: StoreEngine) async throws {
        try await seeded(engine) { db in
            let inv = try #require(try await db.invoice(number: "HX-778"))
            let payment = try await db.apply(
                .recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 1_500_000, currency: .mxn), date: today, note: nil), by: me)
            let event = try await db.apply(
                .logContact(clientID: inv.clientID, invoiceID: nil, channel: .phone, outcome: .noAnswer, date: today, note: nil), by: me)
            let pause = try await db.apply(.pause(clientID: inv.clientID, invoiceID: nil, kind: .dispute, from: today, until: nil, note: "x"), by: me)
            let resume = try await db.apply(.resumeFollowUp(clientID: inv.clientID, on: today), by: me)
            var file = try #require(try await db.clientFile(id: inv.clientID))
            #expect(file.openBalances(asOf: today).isEmpty)
            #expect(file.pauses.first?.resolvedOn == today)
            try await db.undo([resume, pause, event, payment], by: me)
            file = try #require(try await db.clientFile(id: inv.clientID))
            #expect(file.openBalances(asOf: today).count == 1)
            #expect(file.events.isEmpty && file.pauses.isEmpty)
            await #expect(throws: LedgerError.alreadyUndone) { try await db.undo([payment], by: me) }
            let trail = try await db.auditTrail(limit: 20)
            #expect(trail.filter { $0.action == "undo" }.count == 4)
            #expect(trail.first { $0.action == "record_payment" }?.user == "ana")
            #expect(trail.first { $0.action == "record_payment" }?.undone == true)
        }
    }

    @Test(arguments: StoreEngine.available) func databaseConstraintsGuardTheData(engine: StoreEngine) async throws {
        try await seeded(engine) { db in
            let inv = try #require(try await db.invoice(number: "HX-778"))
            await #expect(throws: LedgerError.duplicateInvoice("hx-778")) {
                try await db.apply(
                    .addInvoice(
                        NewInvoice(
                            number: "hx-778", clientID: inv.clientID, issued: today, due: nil,
                            amount: Money(minorUnits: 1, currency: .mxn))), by: me)
            }
            await #expect(throws: LedgerError.nonPositiveAmount) {
                try await db.apply(.recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 0, currency: .mxn), date: today, note: nil), by: me)
            }
            await #expect(throws: LedgerError.unknownClient(9999)) {
                try await db.apply(.logContact(clientID: 9999, invoiceID: nil, channel: .email, outcome: .sent, date: today, note: nil), by: me)
            }
        }
    }

    /// The answer caches rely on this: another process's commit moves the token.
    @Test(arguments: StoreEngine.available) func anotherProcessCommitMovesTheChangeToken(engine: StoreEngine) async throws {
        try await engine.withLocation { location in
            let mine = try await StoreEngine.open(location)
            let other = try await StoreEngine.open(location)
            let before = try #require(try await mine.changeToken())
            #expect(try await mine.changeToken() == before, "stable while nothing changes")
            _ = try await other.apply(.addClient(name: "Otra S.L.", contacts: []), by: me)
            let after = try #require(try await mine.changeToken())
            #expect(after != before)
            #expect(try await mine.clients().map(\.name) == ["Otra S.L."])
        }
    }

    /// Two clients whose names differ only in case are one client, on both engines (SQLite's NOCASE).
    @Test(arguments: StoreEngine.available) func namesAndNumbersIgnoreCase(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            let acme = try await db.apply(.addClient(name: "Acme", contacts: []), by: me)
            await #expect(throws: LedgerError.invalid("client exists")) { try await db.apply(.addClient(name: "ACME", contacts: []), by: me) }
            _ = try await db.apply(
                .addInvoice(
                    NewInvoice(
                        number: "Ab-1", clientID: acme.rowID, issued: today, due: nil, amount: Money(minorUnits: 5, currency: .eur))), by: me)
            #expect(try await db.invoice(number: "AB-1")?.number == "Ab-1")
            await #expect(throws: LedgerError.duplicateInvoice("aB-1")) {
                try await db.apply(
                    .addInvoice(
                        NewInvoice(
                            number: "aB-1", clientID: acme.rowID, issued: today, due: nil, amount: Money(minorUnits: 5, currency: .eur))), by: me)
            }
        }
    }

    @Test func demoBookHasEveryStage() throws {
        let db = try AppDatabase.inMemory()
        try db.seedDemo(today: today)
        let files = try db.clientFilesWithOpenInvoices()
        #expect(files.count == 9)
        let currencies = Set(files.flatMap(\.invoices).map(\.amount.currency.code))
        #expect(currencies == ["EUR", "USD", "MXN"])
        #expect(files.contains { !$0.pauses.isEmpty })
        #expect(files.contains { !$0.promises.isEmpty })
        #expect(files.contains { $0.balances(asOf: today).contains(where: \.isPartlyPaid) })
    }

    @Test func defaultPathFollowsXDG() {
        #expect(AppDatabase.defaultPath(environment: ["XDG_DATA_HOME": "/x"]) == "/x/cobrador/cobrador.sqlite")
        #expect(AppDatabase.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/cobrador/cobrador.sqlite")
    }
}
