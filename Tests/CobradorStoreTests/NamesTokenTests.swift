import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// The parser is rebuilt over the book's names only when `namesToken()` moves: it must move for every
/// change of a client, an alias or an invoice number, whoever makes it, and for nothing else.
@Suite struct NamesTokenTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!
    let me = Actor(user: "ana", channel: "test")

    @Test(arguments: StoreEngine.available) func movesForNamesOnly(engine: StoreEngine) async throws {
        try await engine.withLocation { location in
            let db = try await StoreEngine.open(location)
            let other = try await StoreEngine.open(location)
            var seen = try #require(await db.namesToken())
            func moved() async throws -> Bool {
                let now = try #require(try await db.namesToken())
                defer { seen = now }
                return now != seen
            }

            let acme = try await other.apply(.addClient(name: "Acme", contacts: []), by: me)
            #expect(try await moved(), "a client added by another connection")
            let invoice = try await db.apply(
                .addInvoice(
                    NewInvoice(
                        number: "A-1", clientID: acme.rowID, issued: today, due: today.adding(days: 30),
                        amount: Money(minorUnits: 10_000, currency: .eur))), by: me)
            #expect(try await moved(), "an invoice number")
            _ = try await db.apply(.addAlias(clientID: acme.rowID, alias: "ACM"), by: me)
            #expect(try await moved(), "an alias")

            let payment = try await other.apply(
                .recordPayment(invoiceID: invoice.rowID, amount: Money(minorUnits: 2_500, currency: .eur), date: today, note: nil), by: me)
            _ = try await db.apply(
                .logContact(clientID: acme.rowID, invoiceID: nil, channel: .phone, outcome: .answered, date: today, note: nil), by: me)
            _ = try await db.apply(
                .promise(clientID: acme.rowID, invoiceID: nil, promisedFor: today.adding(days: 5), amount: nil, madeOn: today), by: me)
            _ = try await db.apply(.addContact(clientID: acme.rowID, contact: ClientContact(kind: .email, value: "pagos@acme.test")), by: me)
            #expect(try await !moved(), "payments, contacts, promises and contact details leave the names alone")

            try await db.undo([payment], by: me)
            #expect(try await moved(), "an undo counts, whatever it took back")

            let csv = "number,client,issued,due,amount,currency\nB-1,Beta S.L.,2026-10-01,2026-10-31,10.00,EUR\n"
            let rows = try InvoiceCSVParser.parse(csv).get()
            _ = try await other.importRows(rows, on: today, by: me, dryRun: true, progress: nil)
            #expect(try await !moved(), "a dry run writes nothing")
            _ = try await other.importRows(rows, on: today, by: me, dryRun: false, progress: nil)
            #expect(try await moved(), "an import that brings a client and a number")
            _ = try await other.importRows(rows, on: today, by: me, dryRun: false, progress: nil)
            #expect(try await !moved(), "the same file again changes nothing")
        }
    }
}
