import CobradorCore
import CobradorTestSupport
import Foundation
import GRDB
import Testing

@testable import CobradorStore

/// The store's side of streaming imports: payment dates, newer exports, withdrawn invoices, numbers
/// twice in a file, and the relaxed due-date rule, all on a real SQLite file.
@Suite struct ImportStreamingTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!

    func database() throws -> AppDatabase {
        try AppDatabase.open(path: TestPaths.temporaryDirectory().appendingPathComponent("import.sqlite").path)
    }

    @discardableResult
    func load(_ db: AppDatabase, _ text: String, _ options: ImportOptions = ImportOptions(), dryRun: Bool = false) throws -> ImportSummary {
        let reader = try ExportReader(source: MemoryByteSource(text), options: options)
        return try db.importInvoices(from: reader, on: today, by: .cli, dryRun: dryRun, progress: nil)
    }

    func payments(_ db: AppDatabase, _ number: String) throws -> [String] {
        let invoice = try #require(try db.invoice(number: number))
        let file = try #require(try db.clientFile(id: invoice.clientID))
        return file.payments.filter { $0.invoiceID == invoice.id }.map { "\($0.amount.minorUnits)@\($0.date.isoString)" }
    }

    func indexes(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name") }
    }

    /// Into an empty book the secondary indexes are built at the end; a failed or dry-run import puts them
    /// back as they were, and the queries that use them answer the same.
    @Test func anImportIntoAnEmptyBookLeavesEveryIndexInPlace() throws {
        let db = try database()
        let before = try indexes(db)
        #expect(before.contains("invoice_client") && before.contains("invoice_due") && before.contains("payment_invoice"))
        let file =
            "number,client,issued,due,amount,currency,paid\n"
            + "I-1,Luna,2026-09-01,2026-10-01,500.00,EUR,100.00\nI-2,Sol,2026-09-01,2026-10-01,80.00,EUR,0\n"
        let dry = try load(db, file, dryRun: true)
        #expect(dry.created.count == 2)
        #expect(try indexes(db) == before)
        let bad = try load(db, file + "I-3,Sol,2026-09-01,2026-10-01,abc,EUR,0\n")
        #expect(!bad.succeeded)
        #expect(try indexes(db) == before)
        #expect(try db.invoice(number: "I-1") == nil)
        #expect(try load(db, file).created.count == 2)
        #expect(try indexes(db) == before)
        #expect(try payments(db, "I-1") == ["10000@2026-10-01"])
        let plan = try db.writer.read {
            try Row.fetchAll($0, sql: "EXPLAIN QUERY PLAN SELECT * FROM payment WHERE invoice_id = 1").map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("payment_invoice"), "\(plan)")
    }

    @Test func paidOnDatesThePaymentAndWithoutItTodaysRuleHolds() throws {
        let db = try database()
        try load(
            db,
            """
            number,client,issued,due,amount,currency,paid,paid_on
            P-1,Luna,2026-09-01,2026-10-01,500.00,EUR,500.00,2026-10-12
            P-2,Luna,2026-09-15,2026-10-15,800.00,EUR,300.00,
            P-3,Luna,2026-11-15,2026-12-15,100.00,EUR,40.00,2027-01-01
            """)
        #expect(try payments(db, "P-1") == ["50000@2026-10-12"])
        // No date in the file: on the due date, or today if that is earlier (as before the column existed).
        #expect(try payments(db, "P-2") == ["30000@2026-10-15"])
        // A date in the future is recorded as of the import day.
        #expect(try payments(db, "P-3") == ["4000@2026-11-30"])
        let spanish = try load(db, "numero;cliente;emision;importe;moneda;pagado;pagado_el\nP-9;Sol;01/09/2026;90;EUR;90;05/10/2026\n")
        #expect(spanish.created.count == 1)
        #expect(try payments(db, "P-9") == ["9000@2026-10-05"])
    }

    @Test func reimportingTheSameExportChangesNothingAndANewerOneUpdatesBalancesWithoutDuplicates() throws {
        let db = try database()
        let header = "InvoiceNumber,ContactName,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Currency,Status,FullyPaidOnDate\n"
        let first =
            header + "X-1,Kiwi,01/10/2026,31/10/2026,100.00,0.00,100.00,NZD,AUTHORISED,\n"
            + "X-2,Kiwi,01/10/2026,31/10/2026,50.00,20.00,30.00,NZD,AUTHORISED,\n"
        let created = try load(db, first)
        #expect(created.created.count == 2)
        let again = try load(db, first)
        #expect(again.unchanged.count == 2 && again.created.isEmpty && again.updated.isEmpty)
        let newer =
            header + "X-1,Kiwi,01/10/2026,31/10/2026,100.00,100.00,0.00,NZD,PAID,20/11/2026\n"
            + "X-2,Kiwi,01/10/2026,31/10/2026,50.00,20.00,30.00,NZD,AUTHORISED,\n"
        let updated = try load(db, newer)
        #expect(updated.updated.sample == ["X-1"])
        #expect(updated.unchanged.count == 1)
        #expect(try payments(db, "X-1") == ["10000@2026-11-20"])
        #expect(try payments(db, "X-2").count == 1)
        #expect(try load(db, newer).unchanged.count == 2)
        #expect(try payments(db, "X-1") == ["10000@2026-11-20"])
    }

    @Test func paymentsRecordedInCobradorCountTowardsTheExportsPaid() throws {
        let db = try database()
        let journal = """
            Transaction ID,Transaction Date,Account Name,Amount (One column),Customer,Invoice Number,Account Type
            1,2026-10-20,Accounts Receivable,1200.00,Lena,8,System Receivable Invoice
            """
        let cad = ImportOptions(currency: Currency(code: "CAD"))
        try load(db, journal, cad)
        let invoice = try #require(try db.invoice(number: "8"))
        let cadCurrency = Currency(code: "CAD")!
        _ = try db.apply(
            .recordPayment(
                invoiceID: invoice.id, amount: Money(minorUnits: 50_000, currency: cadCurrency),
                date: CalendarDay(year: 2026, month: 11, day: 15)!, note: nil), by: .cli)
        // The newer export has that same payment, and a later one.
        let newer =
            journal + """

                2,2026-11-15,Accounts Receivable,-500.00,Lena,8,System Receivable Invoice
                3,2026-11-25,Accounts Receivable,-200.00,Lena,8,System Receivable Invoice
                """
        let summary = try load(db, newer, cad)
        #expect(summary.updated.count == 1)
        #expect(try payments(db, "8").sorted() == ["20000@2026-11-25", "50000@2026-11-15"])
        #expect(try load(db, newer, cad).unchanged.count == 1)
        #expect(try payments(db, "8").count == 2)
    }

    @Test func anInvoiceTheNewerExportGivesAsVoidedIsTakenOutUnlessItHasHistory() throws {
        let db = try database()
        let header = "Number,Customer Name,Customer Email,Date (UTC),Amount Due,Amount Paid,Amount Remaining,Currency,Status\n"
        try load(db, header + "S-1,A,a@x.test,2026-10-01,10.00,0.00,10.00,usd,open\nS-2,A,a@x.test,2026-10-01,20.00,0.00,20.00,usd,open\n")
        let s2 = try #require(try db.invoice(number: "S-2"))
        _ = try db.apply(
            .logContact(
                clientID: s2.clientID, invoiceID: s2.id, channel: .email, outcome: .sent,
                date: CalendarDay(year: 2026, month: 11, day: 10)!, note: nil), by: .cli)
        let summary = try load(
            db,
            header + "S-1,A,a@x.test,2026-10-01,10.00,0.00,0.00,usd,void\n"
                + "S-2,A,a@x.test,2026-10-01,20.00,0.00,0.00,usd,void\nS-3,A,a@x.test,2026-10-01,5.00,0.00,0.00,usd,draft\n")
        #expect(summary.removed.sample == ["S-1"])
        #expect(summary.keptWithHistory.sample == ["S-2"])
        #expect(try db.invoice(number: "S-1") == nil)
        #expect(try db.invoice(number: "S-2") != nil)
        #expect(try db.invoice(number: "S-3") == nil)
        #expect(try db.integrityCheck() == "ok")
    }

    @Test func aNumberTwiceInAStreamedFileIsNamedWithBothLinesAndNothingIsWritten() throws {
        let db = try database()
        let summary = try load(db, "number,client,issued,amount,currency\nA-1,B,2026-01-01,1,EUR\nA-2,B,2026-01-01,1,EUR\na-1,B,2026-01-01,2,EUR\n")
        #expect(summary.problems.map(\.reason) == [.duplicateInFile(number: "a-1", firstLine: 2)])
        #expect(summary.problems.first?.line == 4)
        #expect(try db.invoice(number: "A-2") == nil)
        #expect(try db.clients().isEmpty)
    }

    @Test func readingProblemsAndStoreProblemsComeBackTogetherInLineOrder() throws {
        let db = try database()
        try load(db, "number,client,issued,amount,currency\nT-1,Acme,2026-01-01,1,EUR\n")
        let summary = try load(
            db,
            """
            number,client,issued,amount,currency
            N-1,Fresh,2026-01-01,1,EUR
            T-1,Other,2026-01-01,1,EUR
            N-2,Fresh,2026-13-01,1,EUR
            """)
        #expect(summary.problems.map(\.line) == [3, 4])
        #expect(summary.failure.rendered(.en).contains("line 3: invoice T-1 already exists for another client (Acme)"))
        #expect(try db.invoice(number: "N-1") == nil)
    }

    @Test func dueBeforeIssueIsKeptOnAnUpgradedDatabase() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("v2.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v2-audit-batch")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO client (name) VALUES ('Vieja S.L.')")
                try db.execute(
                    sql: """
                        INSERT INTO invoice (number, client_id, issued, due, amount_minor, currency)
                        VALUES ('OLD-1', 1, '2026-01-01', '2026-02-01', 100, 'EUR')
                        """)
                try db.execute(sql: "INSERT INTO payment (invoice_id, amount_minor, paid_on) VALUES (1, 40, '2026-01-15')")
            }
        }
        let db = try AppDatabase.open(path: path)
        #expect(try db.invoice(number: "OLD-1")?.amount.minorUnits == 100)
        let summary = try load(db, "number,client,issued,due,amount,currency\nLATE-1,Vieja S.L.,2026-10-15,2026-10-05,480.00,EUR\n")
        #expect(summary.created.count == 1)
        #expect(try db.invoice(number: "LATE-1")?.due == CalendarDay(year: 2026, month: 10, day: 5))
        #expect(try payments(db, "OLD-1") == ["40@2026-01-15"])
        #expect(try db.integrityCheck() == "ok")
        let indexes = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice' AND sql IS NOT NULL")
        }
        #expect(Set(indexes) == ["invoice_client", "invoice_due"])
    }

    @Test func aDryRunOfAStreamedFileWritesNothing() throws {
        let db = try database()
        let summary = try load(db, "number,client,issued,amount,currency\nA,B,2026-01-01,1,EUR\n", dryRun: true)
        #expect(summary.dryRun && summary.created.count == 1)
        #expect(try db.clients().isEmpty)
    }
}
