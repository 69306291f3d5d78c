import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct LedgerStoreTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!
    let me = Actor(user: "ana", channel: "test")

    func seeded(file: Bool = false) throws -> AppDatabase {
        let db = file
            ? try AppDatabase.open(path: TestPaths.temporaryDirectory().appendingPathComponent("s.sqlite").path)
            : try AppDatabase.inMemory()
        let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText("invoices.csv")).get()
        _ = try db.importInvoices(rows, on: today, by: me, dryRun: false, progress: nil)
        return db
    }

    @Test func roundTripThroughAFile() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("rt.sqlite").path
        do {
            let db = try AppDatabase.open(path: path)
            let receipt = try db.apply(.addClient(name: "Nueva S.L.", contacts: [ClientContact(kind: .email, value: "a@b.test")]), by: me)
            _ = try db.apply(.addAlias(clientID: receipt.rowID, alias: "Nueva"), by: me)
            _ = try db.apply(.addInvoice(NewInvoice(
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

    @Test func partialPaymentsAndCurrenciesKeepTheirOwnTotals() throws {
        let db = try seeded()
        let inv = try #require(try db.invoice(number: "T-2026-161"))
        _ = try db.apply(.recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 50_050, currency: .eur), date: today, note: nil), by: me)
        let file = try #require(try db.clientFile(id: inv.clientID))
        let balance = try #require(file.balances(asOf: today).first)
        #expect(balance.outstanding == Money(minorUnits: 225_000, currency: .eur))
        #expect(balance.isPartlyPaid)
        let debtors = Debtor.summarize(try db.openItems(), asOf: today)
        var totals = CurrencyTotals()
        for d in debtors { totals.add(d.outstanding) }
        #expect(totals.amounts == [
            Money(minorUnits: 680_000, currency: .eur), Money(minorUnits: 5_700_000, currency: .mxn),
            Money(minorUnits: 350_000, currency: .usd),
        ])
    }

    @Test func wrongCurrencyIsRefusedAndNothingIsWritten() throws {
        let db = try seeded()
        let inv = try #require(try db.invoice(number: "GX-9001"))
        #expect(throws: LedgerError.currencyMismatch(expected: .usd, got: .eur)) {
            try db.apply(.recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 100, currency: .eur), date: today, note: nil), by: me)
        }
        #expect(try db.clientFile(id: inv.clientID)?.payments.isEmpty == true)
        #expect(try db.auditTrail(limit: 10).allSatisfy { $0.action == "import" })
    }

    @Test func everyChangeIsAuditedAndCanBeUndone() throws {
        let db = try seeded()
        let inv = try #require(try db.invoice(number: "HX-778"))
        let payment = try db.apply(
            .recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 1_500_000, currency: .mxn), date: today, note: nil), by: me)
        let event = try db.apply(.logContact(clientID: inv.clientID, invoiceID: nil, channel: .phone, outcome: .noAnswer, date: today, note: nil), by: me)
        let pause = try db.apply(.pause(clientID: inv.clientID, invoiceID: nil, kind: .dispute, from: today, until: nil, note: "x"), by: me)
        let resume = try db.apply(.resumeFollowUp(clientID: inv.clientID, on: today), by: me)
        var file = try #require(try db.clientFile(id: inv.clientID))
        #expect(file.openBalances(asOf: today).isEmpty)
        #expect(file.pauses.first?.resolvedOn == today)
        try db.undo([resume, pause, event, payment], by: me)
        file = try #require(try db.clientFile(id: inv.clientID))
        #expect(file.openBalances(asOf: today).count == 1)
        #expect(file.events.isEmpty && file.pauses.isEmpty)
        #expect(throws: LedgerError.alreadyUndone) { try db.undo([payment], by: me) }
        let trail = try db.auditTrail(limit: 20)
        #expect(trail.filter { $0.action == "undo" }.count == 4)
        #expect(trail.first { $0.action == "record_payment" }?.user == "ana")
        #expect(trail.first { $0.action == "record_payment" }?.undone == true)
    }

    @Test func databaseConstraintsGuardTheData() throws {
        let db = try seeded()
        let inv = try #require(try db.invoice(number: "HX-778"))
        #expect(throws: LedgerError.duplicateInvoice("hx-778")) {
            try db.apply(.addInvoice(NewInvoice(number: "hx-778", clientID: inv.clientID, issued: today, due: nil,
                                                amount: Money(minorUnits: 1, currency: .mxn))), by: me)
        }
        #expect(throws: LedgerError.nonPositiveAmount) {
            try db.apply(.recordPayment(invoiceID: inv.id, amount: Money(minorUnits: 0, currency: .mxn), date: today, note: nil), by: me)
        }
        #expect(throws: LedgerError.unknownClient(9999)) {
            try db.apply(.logContact(clientID: 9999, invoiceID: nil, channel: .email, outcome: .sent, date: today, note: nil), by: me)
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
