import CobradorCore
import Foundation
import Testing

/// The reading rules, on small files written here (the tool fixtures are tested through the binary).
@Suite struct ImportReaderTests {
    struct Read {
        var items: [ImportItem] = []
        var report: ImportReadReport?
        var failure: ImportFailure?
        var invoices: [InvoiceImportRow] { items.compactMap { if case .invoice(let r) = $0 { return r } else { return nil } } }
    }

    func read(_ text: String, _ options: ImportOptions = ImportOptions()) -> Read {
        read(bytes: Array(text.utf8), options)
    }

    func read(bytes: [UInt8], _ options: ImportOptions = ImportOptions()) -> Read {
        var out = Read()
        do {
            let reader = try ExportReader(source: MemoryByteSource(bytes), options: options)
            while let item = reader.nextItem() { out.items.append(item) }
            out.report = reader.report
            if !reader.problems.isEmpty { out.failure = reader.problems.failure }
        } catch {
            out.failure = error
        }
        return out
    }

    @Test func preambleLinesBeforeTheHeaderAreSkipped() throws {
        let r = read(
            """
            "My Company, Inc.",,,,
            Invoice List,,,,
            ,,,,

            Num,Customer,Date,Due date,Amount
            7,Acme,2026-10-01,2026-10-31,100.00
            """, ImportOptions(currency: .usd))
        #expect(r.failure == nil)
        #expect(r.invoices.map(\.number) == ["7"])
        #expect(r.invoices.first?.line == 6)
        #expect(r.report?.headerLine == 5)
    }

    @Test func semicolonsCRLFQuotedNewlinesAndByteOrderMark() throws {
        let text =
            "\u{FEFF}numero;cliente;emision;vencimiento;importe;moneda\r\n"
            + "A-1;\"Acme;\r\nS.L.\";01/10/2026;31/10/2026;\"1.200,50\";EUR\r\nA-2;Beta;02/10/2026;01/11/2026;5;EUR\r\n"
        let r = read(text)
        #expect(r.failure == nil)
        #expect(r.invoices.map(\.clientName) == ["Acme;\r\nS.L.", "Beta"])
        #expect(r.invoices.map(\.line) == [2, 4])
        #expect(r.invoices.first?.amount.minorUnits == 120_050)
    }

    @Test func tabsPipesAndExcelsSepLine() {
        #expect(read("number\tclient\tissued\tamount\tcurrency\nA\tB\t2026-01-01\t1\tEUR\n").invoices.count == 1)
        #expect(read("number|client|issued|amount|currency\nA|B|2026-01-01|1|EUR\n").invoices.count == 1)
        #expect(read("sep=;\nnumber;client;issued;amount;currency\nA;B;2026-01-01;1,5;EUR\n").invoices.first?.amount.minorUnits == 150)
    }

    @Test func utf16WithByteOrderMarkIsRead() {
        let text = "number\tclient\tissued\tamount\tcurrency\nÑ-1\tPeña 😀\t2026-01-01\t1\tEUR\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(read(bytes: bytes).invoices.first?.clientName == "Peña 😀")
    }

    @Test func windows1252FieldsAreDecoded() {
        var bytes = Array("number,client,issued,amount,currency\nA,Caf".utf8) + [0xE9, 0x20, 0x80]
        bytes += Array(",2026-01-01,1,EUR\n".utf8)
        #expect(read(bytes: bytes).invoices.first?.clientName == "Café €")
    }

    @Test func lineItemsAreGroupedAndTheInvoicesOwnTotalWins() {
        let r = read(
            """
            Invoice Number,Customer Name,Invoice Date,Due Date,Item Total,Total,Balance,Currency Code,Invoice Status,Invoice ID,Customer ID
            Z-1,Acme,2026-10-01,2026-10-31,60.00,121.00,21.00,EUR,Partially Paid,1,9
            Z-1,Acme,2026-10-01,2026-10-31,40.00,121.00,21.00,EUR,Partially Paid,1,9
            Z-2,Acme,2026-10-02,2026-11-01,70.00,,,EUR,Sent,2,9
            Z-2,Acme,2026-10-02,2026-11-01,30.00,,,EUR,Sent,2,9
            """)
        #expect(r.report?.format.name == "zoho")
        #expect(r.invoices.map(\.amount.minorUnits) == [12_100, 10_000])
        #expect(r.invoices.map(\.paid.minorUnits) == [10_000, 0])
        #expect(r.report?.dataLines == 4)
    }

    @Test func linesOfAnInvoiceNeedNotBeTogether() {
        let r = read(
            """
            InvoiceNumber,ContactName,InvoiceDate,DueDate,LineAmount,Currency,InvoiceAmountDue,Status
            X-1,Kiwi,01/10/2026,31/10/2026,10.00,NZD,,AUTHORISED
            X-2,Kiwi,01/10/2026,31/10/2026,5.00,NZD,,AUTHORISED
            X-1,Kiwi,01/10/2026,31/10/2026,20.00,NZD,,AUTHORISED
            """)
        #expect(r.report?.format.name == "xero")
        #expect(r.invoices.map { "\($0.number)=\($0.amount.minorUnits)" } == ["X-1=3000", "X-2=500"])
    }

    @Test func rowsOfOneInvoiceThatDisagreeOnTheClientAreRefused() {
        let r = read(
            """
            InvoiceNumber,ContactName,InvoiceDate,DueDate,Total,Currency,Status
            X-1,Kiwi,01/10/2026,31/10/2026,10.00,NZD,AUTHORISED
            X-1,Other,01/10/2026,31/10/2026,10.00,NZD,AUTHORISED
            """)
        #expect(r.failure?.problems.map(\.line) == [3])
        #expect(r.failure?.problems.first?.reason == .invoiceRowsDisagree(number: "X-1", column: "ContactName", first: "Kiwi", other: "Other"))
        #expect(r.invoices.isEmpty)
    }

    @Test func draftsVoidedCancelledAndWrittenOffAreWithdrawnNotImported() {
        let r = read(
            """
            Number,Customer Name,Customer Email,Date (UTC),Amount Due,Amount Paid,Amount Remaining,Currency,Status
            S-1,A,a@x.test,2026-10-01 10:00,10.00,0.00,10.00,usd,draft
            S-2,A,a@x.test,2026-10-01 10:00,10.00,0.00,0.00,usd,void
            S-3,A,a@x.test,2026-10-01 10:00,10.00,0.00,10.00,usd,uncollectible
            S-4,A,a@x.test,2026-10-01 10:00,10.00,4.00,6.00,usd,open
            """)
        #expect(r.report?.format.name == "stripe")
        #expect(r.invoices.map(\.number) == ["S-4"])
        #expect(r.invoices.first?.paid.minorUnits == 400)
        #expect(r.report?.skipped == [.draft: 1, .voided: 1, .writtenOff: 1])
        #expect(r.items.contains(.withdrawn(number: "S-2", line: 3, standing: .voided)))
    }

    @Test func journalInvoicesComeFromReceivableLinesAndPaymentsKeepTheirDates() throws {
        let r = read(
            """
            Transaction ID,Transaction Date,Account Name,Amount (One column),Customer,Invoice Number,Account Type
            1,2026-09-10,Sales,500.00,Mark,7,Income
            1,2026-09-10,Accounts Receivable,565.00,Mark,7,System Receivable Invoice
            2,2026-10-05,Accounts Receivable,-300.00,Mark,7,System Receivable Invoice
            2,2026-10-05,Cash on Hand,300.00,,,Cash and Bank
            3,2026-11-05,Accounts Receivable,-150.00,Old,5,System Receivable Invoice
            """, ImportOptions(currency: Currency(code: "CAD")))
        #expect(r.report?.format.name == "wave")
        let row = try #require(r.invoices.first)
        #expect(r.invoices.count == 1)
        #expect(row.amount == Money(minorUnits: 56_500, currency: Currency(code: "CAD")!))
        #expect(row.paid.minorUnits == 30_000)
        #expect(row.payments == [ImportedPayment(amount: row.paid, date: CalendarDay(year: 2026, month: 10, day: 5)!)])
        #expect(row.paidOn == CalendarDay(year: 2026, month: 10, day: 5))
        #expect(row.issued == CalendarDay(year: 2026, month: 9, day: 10))
        #expect(r.report?.paymentsWithoutInvoice == 1)
        #expect(r.report?.otherLines == 1)
    }

    @Test func dueDateFromTheFileElseItsTermsElseTheDefault() {
        let r = read(
            """
            Num,Customer,Date,Due date,Terms,Amount,Open balance,Transaction type
            1,A,11/14/2026,,Net 15,640.00,640.00,Invoice
            2,A,11/14/2026,,,10.00,10.00,Invoice
            3,A,11/14/2026,11/01/2026,,10.00,10.00,Invoice
            """, ImportOptions(currency: .usd, termDays: 10))
        #expect(
            r.invoices.map(\.due) == [
                CalendarDay(year: 2026, month: 11, day: 29), CalendarDay(year: 2026, month: 11, day: 24),
                CalendarDay(year: 2026, month: 11, day: 1),
            ])
        #expect(r.report?.dueFromTerms == 1)
        #expect(r.report?.dueAssumed == 1)
        #expect(r.report?.dueBeforeIssued.sample == ["3"])
    }

    @Test func aBareDollarNeverDecidesTheCurrency() {
        let text = "Client,Invoice Number,Amount,Paid,Invoice Date,Item Product,Item Cost,Status\nA,1,$10.00,$0.00,2026-10-01,x,10,Sent\n"
        let refused = read(text)
        #expect(refused.failure?.problems.map(\.reason) == [.noCurrency(symbol: "$")])
        #expect(read(text, ImportOptions(currency: .usd)).invoices.first?.amount == Money(minorUnits: 1_000, currency: .usd))
        #expect(read("number,client,issued,amount\nA,B,2026-01-01,€10\n").invoices.first?.amount.currency == .eur)
        #expect(read("number,client,issued,amount\nA,B,2026-01-01,10\n").failure?.problems.map(\.reason) == [.noCurrency(symbol: nil)])
    }

    @Test func dayAndMonthAreToldApartByTheFilesOwnDates() {
        let header = "InvoiceNumber,ContactName,InvoiceDate,DueDate,Total,Currency\n"
        // Xero writes day first; a 13th settles it either way.
        #expect(read(header + "A,K,03/04/2026,03/05/2026,1,NZD\n").invoices.first?.issued == CalendarDay(year: 2026, month: 4, day: 3))
        let us = read(header + "A,K,03/04/2026,03/05/2026,1,NZD\nB,K,03/14/2026,04/13/2026,1,NZD\n")
        #expect(us.invoices.first?.issued == CalendarDay(year: 2026, month: 3, day: 4))
        #expect(us.report?.dateOrder == .mdy)
        let forced = read(header + "A,K,03/04/2026,03/05/2026,1,NZD\n", ImportOptions(dateOrder: .mdy))
        #expect(forced.invoices.first?.issued == CalendarDay(year: 2026, month: 3, day: 4))
        let mixed = read(header + "A,K,13/04/2026,13/05/2026,1,NZD\nB,K,04/14/2026,05/14/2026,1,NZD\n")
        #expect(mixed.failure?.problems.first?.reason == .dateOrderConflict(column: "InvoiceDate", value: "04/14/2026", order: .dmy))
    }

    @Test func anUnknownLayoutNamesWhatItCouldNotMapAndHowToMapIt() throws {
        let text = "Ref;Cliente final;Emitida el;Vence el;Suma\nR-1;Bodegas;03/10/2026;02/11/2026;1.500,00\n"
        let r = read(text)
        let problem = try #require(r.failure?.problems.first)
        #expect(
            problem.reason
                == .unknownLayout(
                    missing: ["number", "client", "issued", "total"],
                    unused: ["Ref", "Cliente final", "Emitida el", "Vence el", "Suma"]))
        #expect(problem.key == "import.problem.unknown_layout")
        #expect(
            ImportProblem.mapExample(missing: ["number", "client"], unused: ["Ref", "Cliente final"])
                == #"--map number="Ref" --map client="Cliente final""#)
        let maps = ["number=Ref", "client=Cliente final", "issued=Emitida el", "due=Vence el", "total=Suma"]
        let mapped = read(text, ImportOptions(mappings: maps.compactMap(ColumnOverride.init(parsing:)), currency: .eur))
        #expect(mapped.invoices.first?.amount == Money(minorUnits: 150_000, currency: .eur))
        #expect(mapped.invoices.first?.due == CalendarDay(year: 2026, month: 11, day: 2))
        let wrong = read(text, ImportOptions(mappings: [ColumnOverride(field: .due, column: "Fecha vencimiento")]))
        #expect(wrong.failure?.problems.map(\.reason) == [.mappedColumnMissing(field: "due", column: "Fecha vencimiento")])
    }

    @Test func everyFormatIsRecognisedByItsOwnHeader() {
        let headers: [(String, String)] = [
            ("cobrador", "number,client,email,phone,contact,issued,due,amount,currency,paid"),
            ("invoiceninja", "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date,Item Product,Item Cost"),
            ("invoiceninja", "Invoice Number,Client Name,Amount,Balance,Paid to Date,Date,Due Date,Status"),
            ("zoho", "Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,Customer ID,Due Date,Total,Balance"),
            ("freshbooks", "Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Rate,Quantity,Line Total,Currency"),
            ("wave", "Transaction ID,Transaction Date,Account Name,Amount (One column),Customer,Invoice Number,Account Type"),
            ("wave", "Invoice Number,Customer Name,Invoice Date,Due Date,Invoice Total,Invoice Paid,Invoice Tax Total,Currency"),
            ("quickbooks", ",Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance"),
            ("quickbooks", "DATE,TYPE,NO.,CUSTOMER,MEMO,DUE DATE,BALANCE,TOTAL BEFORE SALES TAX,SALES TAX,TOTAL,STATUS"),
            ("xero", "*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue"),
            ("stripe", "id,Number,Customer Name,Customer Email,Amount Due,Amount Paid,Amount Remaining,Currency,Status,Date (UTC)"),
            ("holded", "Num factura;Fecha;Fecha de vencimiento;Nombre del contacto;NIF;Concepto;Total;Cobrado;Pendiente"),
            ("invoicely", "Date,Due,Details,Client,Status,Total"),
            ("invoice2go", "Id,DocumentDate,DocumentNumber,Name,EmailRecipient,DocumentStatus,TotalAmount,BalanceDueAmount"),
        ]
        for (name, header) in headers {
            let cells = header.split(separator: header.contains(";") ? ";" : ",", omittingEmptySubsequences: false).map(String.init)
            #expect(ExportFormat.detect(header: cells).name == name, "\(header)")
        }
        #expect(
            Set(ExportFormat.catalog.map(\.name)) == [
                "cobrador", "invoiceninja", "zoho", "freshbooks", "wave", "quickbooks", "xero", "stripe", "holded", "invoicely", "invoice2go",
            ])
        #expect(ExportFormat.named("QuickBooks") == ExportFormat.quickBooks)
        #expect(ExportFormat.named("Zoho Invoice") == ExportFormat.zoho)
    }

    @Test func headersAreMatchedWhateverTheirCaseAndSpelling() {
        let r = read("INVOICE NO.;Customer;Invoice date;Fecha de vencimiento;Amount Due;Currency\nA;B;2026-01-01;2026-02-01;5;EUR\n")
        #expect(r.invoices.first?.number == "A")
        #expect(r.invoices.first?.due == CalendarDay(year: 2026, month: 2, day: 1))
        #expect(r.invoices.first?.amount.minorUnits == 500)
    }

    @Test func titleSectionTotalAndFooterRowsAreNotInvoices() {
        let r = read(
            """
            ,Date,Transaction type,Num,Term,Due date,Open balance
            Cool Cars,,,,,,
            ,09/03/2026,Invoice,1001,Net 30,10/03/2026,"1,450.00"
            Total for Cool Cars,,,,,,"$1,450.00"
            Pye's,,,,,,
            ,11/14/2026,Invoice,1005,Net 15,11/29/2026,640.00
            TOTAL,,,,,,"$2,090.00"
            "Monday, November 30, 2026 10:45 AM GMT-05:00",,,,,,
            """, ImportOptions(currency: .usd))
        #expect(r.failure == nil)
        #expect(r.invoices.map(\.clientName) == ["Cool Cars", "Pye's"])
        #expect(r.invoices.map(\.amount.minorUnits) == [145_000, 64_000])
        #expect(r.report?.otherLines == 5)
    }

    @Test func aWindowOfOpenInvoicesKeepsMemoryBounded() {
        var text = "InvoiceNumber,ContactName,InvoiceDate,DueDate,LineAmount,Currency\n"
        let n = ExportReader.windowSize + 10
        for k in 0..<n { text += "N-\(k),C,01/10/2026,31/10/2026,1.00,NZD\n" }
        // The first invoice's second line comes after the window has moved on: it is read as the same
        // number twice, which the store refuses (tested there); here both come out.
        text += "N-0,C,01/10/2026,31/10/2026,1.00,NZD\n"
        let r = read(text)
        #expect(r.invoices.count == n + 1)
        #expect(r.invoices.last?.number == "N-0")
    }
}
