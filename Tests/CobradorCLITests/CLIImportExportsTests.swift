import CobradorTestSupport
import Foundation
import Testing

/// Every tool's export fixture (Tests/Fixtures/exports/), end to end through the binary: import it, then
/// ask who owes and check the exact totals.
@Suite(.serialized, .ownThread) struct CLIImportExportsTests {
    static func export(_ name: String) -> String { TestPaths.fixture("exports/\(name)").path }

    /// A fresh book with `file` imported (in Spanish unless `lang` says otherwise).
    func imported(_ file: String, _ flags: [String] = [], lang: String = "es") throws -> (CLIRunner, CLIRunner.Output) {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let out = try cli.run(["--lang", lang, "import", Self.export(file)] + flags)
        #expect(out.status == 0, "\(out.stdout)\n\(out.stderr)")
        return (cli, out)
    }

    func whoOwes(_ cli: CLIRunner, lang: String = "es") throws -> String {
        let out = try cli.run(["ask", lang == "es" ? "¿quién me debe?" : "who owes me?"])
        #expect(out.status == 0)
        return out.stdout
    }

    /// The "Total pendiente:" / "Outstanding:" line of the who-owes answer.
    func totalLine(_ text: String) -> String {
        text.split(separator: "\n").first { $0.hasPrefix("Total pendiente:") || $0.hasPrefix("Outstanding:") }.map(String.init) ?? ""
    }

    @Test func zohoInvoice() throws {
        let (cli, out) = try imported("zoho-invoices.csv")
        #expect(
            out.stdout.contains(
                "Exportación de Zoho Invoice reconocida: 13 línea(s) → 5 factura(s), 1 borrador(es) ignorado(s), 1 anulada(s) ignorada(s)"))
        #expect(out.stdout.contains("Vencimiento calculado con las condiciones de pago del fichero en 1 factura(s)."))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 3 clientes"))
        #expect(owes.contains("Northwind Traders") && owes.contains("1.620,00 US$"))
        #expect(owes.contains("Bluebird Café") && owes.contains("700,00 US$"))
        #expect(owes.contains("Helios Energía") && owes.contains("1.200,00 €"))
        #expect(totalLine(owes).contains("2.320,00 US$") && totalLine(owes).contains("1.200,00 €"))
        let again = try cli.run(["--lang", "en", "import", Self.export("zoho-invoices.csv")])
        #expect(again.stdout.contains("Unchanged: 5"))
    }

    @Test func aNewerZohoExportUpdatesBalancesAndTakesOutWhatItVoided() throws {
        let (cli, _) = try imported("zoho-invoices.csv")
        var newer = TestPaths.fixtureText("exports/zoho-invoices.csv")
        newer = newer.replacingOccurrences(of: "Overdue,Northwind Traders", with: "Paid,Northwind Traders")
            .replacingOccurrences(of: "1500.00,1620.00,1620.00,0.00,0.00,30,Net 30,,", with: "1500.00,1620.00,0.00,0.00,0.00,30,Net 30,2026-11-28,")
            .replacingOccurrences(of: "Overdue,Helios Energía", with: "Void,Helios Energía")
        let url = TestPaths.temporaryDirectory().appendingPathComponent("zoho-newer.csv")
        try newer.write(to: url, atomically: true, encoding: .utf8)
        let out = try cli.run(["--lang", "es", "import", url.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Actualizadas: 1 (INV-000101)"))
        #expect(out.stdout.contains("Retiradas (el fichero ya no las da por debidas): 1 (INV-000106)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Un cliente te debe dinero"))
        #expect(totalLine(owes).contains("700,00 US$") && !owes.contains("Helios"))
        #expect(try cli.run(["--lang", "en", "import", url.path]).stdout.contains("Unchanged: 4"))
    }

    @Test func invoiceNinjaNeedsTheCurrencyOfItsDollars() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let refused = try cli.run(["--lang", "es", "import", Self.export("invoiceninja-v4.csv")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("No se ha importado nada"))
        #expect(refused.stderr.contains("los importes llevan «$» pero el fichero no dice de qué moneda es"))
        #expect(!(try whoOwes(cli)).contains("Acme"))
        let out = try cli.run(["--lang", "en", "import", Self.export("invoiceninja-v4.csv"), "--currency", "USD"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Invoice Ninja export recognised: 8 line(s) → 4 invoice(s), 1 draft(s) skipped"))
        #expect(out.stdout.contains("Note: 1 invoice(s) fall due before their issue date (0042)"))
        let owes = try whoOwes(cli, lang: "en")
        #expect(owes.contains("2 clients owe you money"))
        #expect(owes.contains("Acme Widgets") && owes.contains("$1,530.00"))
        #expect(owes.contains("Initrode") && owes.contains("$2,000.00"))
        #expect(totalLine(owes).contains("$3,530.00"))
    }

    @Test func freshBooks() throws {
        let (cli, out) = try imported("freshbooks-invoices.csv")
        #expect(out.stdout.contains("Exportación de FreshBooks reconocida: 8 línea(s) → 4 factura(s), 1 borrador(es) ignorado(s)"))
        #expect(out.stdout.contains("Sin vencimiento ni condiciones de pago en 4 factura(s): vencen a los 30 días de la emisión"))
        #expect(out.stdout.contains("«Cobro parcial» sin importe en 1 factura(s) (0000105)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 3 clientes"))
        #expect(owes.contains("1.140,00 US$") && owes.contains("400,00 US$") && owes.contains("2.500,00 US$"))
        #expect(totalLine(owes).contains("4.040,00 US$"))
    }

    @Test func waveTransactionsJournal() throws {
        let (cli, out) = try imported("wave-transactions.csv", ["--currency", "CAD"])
        #expect(out.stdout.contains("Exportación de Wave reconocida: 17 línea(s) → 3 factura(s)"))
        #expect(out.stdout.contains("(y 6 línea(s) de título, sección, totales u otras cuentas)"))
        #expect(out.stdout.contains("1 pago(s) de facturas que no están en el fichero: ignorados."))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 2 clientes"))
        #expect(owes.contains("Lena Ortiz") && owes.contains("700,00 CAD"))
        #expect(owes.contains("Mark Hollis") && owes.contains("890,00 CAD"))
        #expect(totalLine(owes).contains("1.590,00 CAD"))
        let status = try cli.run(["--lang", "es", "ask", "estado de Mark Hollis"])
        #expect(status.stdout.contains("5 de octubre de 2026"), "\(status.stdout)")
    }

    @Test func quickBooksInvoiceListWithTheConfigurationsCurrency() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let refused = try cli.run(["--lang", "en", "import", Self.export("quickbooks-invoice-list.csv")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the file does not say which currency the amounts are in"))
        let config = TestPaths.temporaryDirectory().appendingPathComponent("config.yml")
        try "business:\n  name: Sunrise Bakery\n  currency: USD\n".write(to: config, atomically: true, encoding: .utf8)
        let out = try cli.run(["--lang", "es", "--config", config.path, "import", Self.export("quickbooks-invoice-list.csv")])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(
            out.stdout.contains(
                "Exportación de QuickBooks Online reconocida: 8 línea(s) → 5 factura(s), "
                    + "1 documento(s) que no son facturas (abonos, presupuestos…) ignorado(s)"))
        #expect(out.stdout.contains("Moneda USD (de --currency o de la configuración) en 5 factura(s)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 3 clientes"))
        #expect(owes.contains("Cool Cars") && owes.contains("2.650,00 US$"))
        #expect(owes.contains("640,00 US$") && owes.contains("95,50 US$"))
        #expect(totalLine(owes).contains("3.385,50 US$"))
    }

    @Test func quickBooksOpenInvoicesGroupedByClient() throws {
        let (cli, out) = try imported("quickbooks-open-invoices.csv", ["--currency", "USD"], lang: "en")
        #expect(out.stdout.contains("QuickBooks Online export recognised: 12 line(s) → 4 invoice(s)"))
        let owes = try whoOwes(cli, lang: "en")
        #expect(owes.contains("3 clients owe you money"))
        #expect(owes.contains("Cool Cars") && owes.contains("Diego's Deli") && owes.contains("Pye's Cakes"))
        #expect(totalLine(owes).contains("$3,385.50"))
    }

    @Test func xero() throws {
        let (cli, out) = try imported("xero-invoices.csv", lang: "en")
        #expect(
            out.stdout.contains(
                "Xero export recognised: 10 line(s) → 4 invoice(s), 1 draft(s) skipped, 1 voided skipped, "
                    + "1 non-invoice document(s) (credit notes, estimates…) skipped"))
        let owes = try whoOwes(cli, lang: "en")
        #expect(owes.contains("2 clients owe you money"))
        #expect(owes.contains("Kiwi Brewing Ltd") && owes.contains("1,610.00 NZD"))
        #expect(owes.contains("Harbour Books") && owes.contains("£720.00"))
        #expect(totalLine(owes).contains("1,610.00 NZD") && totalLine(owes).contains("£720.00"))
    }

    @Test func xeroSavedBySomeoneElsesSpreadsheetStillReads() throws {
        // The same export after a trip through a spreadsheet set to another locale: BOM, upper-case
        // headers, semicolons, CRLF.
        let text = TestPaths.fixtureText("exports/xero-invoices.csv")
        var lines = text.split(separator: "\n").map(String.init)
        lines[0] = lines[0].uppercased()
        let mangled = "\u{FEFF}" + lines.map { $0.replacingOccurrences(of: ",", with: ";") }.joined(separator: "\r\n") + "\r\n"
        let url = TestPaths.temporaryDirectory().appendingPathComponent("xero;excel.csv")
        try mangled.write(to: url, atomically: true, encoding: .utf8)
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let out = try cli.run(["--lang", "en", "import", url.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(totalLine(try whoOwes(cli, lang: "en")).contains("1,610.00 NZD"))
    }

    @Test func stripe() throws {
        let (cli, out) = try imported("stripe-invoices.csv", lang: "en")
        #expect(
            out.stdout.contains(
                "Stripe export recognised: 7 line(s) → 4 invoice(s), 1 draft(s) skipped, 1 voided skipped, "
                    + "1 written off skipped"))
        let owes = try whoOwes(cli, lang: "en")
        #expect(owes.contains("3 clients owe you money"))
        #expect(owes.contains("Pied Data Inc") && owes.contains("$49.00"))
        #expect(owes.contains("ap@hooli.test") && owes.contains("$1,000.00"))
        #expect(owes.contains("Euro Client GmbH") && owes.contains("€850.00"))
        #expect(totalLine(owes).contains("$1,049.00") && totalLine(owes).contains("€850.00"))
    }

    @Test func holded() throws {
        let (cli, out) = try imported("holded-facturas.csv")
        #expect(
            out.stdout.contains(
                "Exportación de Holded reconocida: 8 línea(s) → 4 factura(s), 1 borrador(es) ignorado(s), "
                    + "1 anulada(s) ignorada(s)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 2 clientes"))
        #expect(owes.contains("Talleres Ebro S.L.") && owes.contains("2.480,00 €"))
        #expect(owes.contains("Clínica Dental Norte") && owes.contains("605,00 €"))
        #expect(totalLine(owes).contains("3.085,00 €"))
    }

    @Test func invoicely() throws {
        let (cli, out) = try imported("invoicely-invoices.csv", ["--currency", "USD"], lang: "en")
        #expect(out.stdout.contains("Invoicely export recognised: 5 line(s) → 4 invoice(s), 1 draft(s) skipped"))
        let owes = try whoOwes(cli, lang: "en")
        #expect(owes.contains("3 clients owe you money"))
        #expect(owes.contains("$1,020.00") && owes.contains("$2,750.50") && owes.contains("$800.00"))
        #expect(totalLine(owes).contains("$4,570.50"))
    }

    @Test func invoice2go() throws {
        let (cli, out) = try imported("invoice2go-documents.csv")
        #expect(out.stdout.contains("Exportación de Invoice2go reconocida: 5 línea(s) → 4 factura(s), 1 borrador(es) ignorado(s)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 3 clientes"))
        #expect(owes.contains("953,55 AUD") && owes.contains("167,20 AUD") && owes.contains("1.100,00 AUD"))
        #expect(totalLine(owes).contains("2.220,75 AUD"))
    }

    @Test func cobradorFormatWithPaymentDates() throws {
        let (cli, out) = try imported("cobrador-paid-on.csv")
        #expect(out.stdout.contains("Formato de cobrador: 3 línea(s) → 3 factura(s)"))
        let owes = try whoOwes(cli)
        #expect(owes.contains("Te deben 2 clientes"))
        #expect(totalLine(owes).contains("750,00 €"))
        let status = try cli.run(["--lang", "es", "ask", "estado de Papelería Luna"])
        #expect(status.stdout.contains("2 de noviembre de 2026"), "\(status.stdout)")
    }

    @Test func anUnknownLayoutSaysWhatToMapAndWritesNothing() throws {
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let refused = try cli.run(["--lang", "es", "import", Self.export("unknown-layout.csv")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no reconozco este formato: no encuentro número de factura, cliente, fecha de emisión, total"))
        #expect(refused.stderr.contains("«Ref», «Cliente final», «Emitida el», «Vence el», «Suma», «Observaciones»"))
        #expect(refused.stderr.contains("--map number=\"Ref\" --map client=\"Cliente final\" --map issued=\"Emitida el\" --map total=\"Suma\""))
        let english = try cli.run(["--lang", "en", "import", Self.export("unknown-layout.csv")])
        #expect(english.stderr.contains("I don't recognise this layout"))
        // Every mapping after one --map, the file last.
        let out = try cli.run([
            "--lang", "es", "import", "--currency", "EUR", "--map", "number=Ref", "client=Cliente final",
            "issued=Emitida el", "due=Vence el", "total=Suma", Self.export("unknown-layout.csv"),
        ])
        #expect(out.status == 0, "\(out.stderr)")
        let owes = try whoOwes(cli)
        #expect(owes.contains("Un cliente te debe dinero") && totalLine(owes).contains("1.820,00 €"))
    }

    @Test func formatsAreListedAndAnUnknownOneIsRefused() throws {
        let list = try CLIRunner.execute(["--lang", "en", "import", "--formats"])
        #expect(list.status == 0)
        for name in [
            "cobrador", "invoiceninja", "zoho", "freshbooks", "wave", "quickbooks", "xero", "stripe", "holded", "invoicely",
            "invoice2go",
        ] {
            #expect(list.stdout.contains("\(name) — "), "\(name)")
        }
        #expect(list.stdout.contains("InvoiceAmountDue"))
        let cli = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("book.sqlite"))
        let bad = try cli.run(["--lang", "es", "import", "--format", "sage", Self.export("xero-invoices.csv")])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("Formato desconocido «sage»"))
        let forced = try cli.run(["--lang", "en", "import", "--format", "xero", Self.export("xero-invoices.csv")])
        #expect(forced.stdout.contains("Read as a Xero export: 10 line(s) → 4 invoice(s)"))
        let badTerms = try cli.run(["--lang", "en", "import", "--terms", "soon", Self.export("xero-invoices.csv")])
        #expect(badTerms.status == 1 && badTerms.stderr.contains("--terms \"soon\": a number of days"))
    }
}
