import CobradorTestSupport
import Foundation
import Testing

@Suite(.serialized, .ownThread) struct CLIImportAndAskTests {
    @Test func askWhoOwesInBothLanguagesFromTheStore() throws {
        let cli = try CLIRunner.withFixture()
        let es = try cli.run(["ask", "¿quién me debe?"])
        #expect(es.status == 0)
        #expect(es.stdout.contains("Te deben 8 clientes"))
        #expect(es.stdout.contains("1.650,00 €"))
        #expect(es.stdout.contains("42.000,00 MXN"))
        #expect(es.stdout.contains("3.500,00 US$"))
        #expect(!es.stdout.contains("Wayne"))
        #expect(es.stdout.contains("7.300,50 €"))
        let en = try cli.run(["ask", "who owes me?"])
        #expect(en.stdout.contains("8 clients owe you money"))
        #expect(en.stdout.contains("€1,650.00"))
        #expect(en.stdout.contains("$3,500.00"))
    }

    @Test func badFileFailsWithLinesInTheUsersLanguageAndChangesNothing() throws {
        let cli = try CLIRunner.withFixture()
        let out = try cli.run(["--lang", "es", "import", TestPaths.fixture("invoices-bad.csv").path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("No se ha importado nada"))
        #expect(out.stderr.contains("línea 3"))
        #expect(out.stderr.contains("línea 6"))
        let after = try cli.run(["ask", "who owes me?"])
        #expect(after.stdout.contains("8 clients owe you money"))
        #expect(!after.stdout.contains("Good Client"))
    }

    @Test func reimportIsIdempotentAndDryRunWritesNothing() throws {
        let cli = try CLIRunner.withFixture()
        let again = try cli.run(["--lang", "en", "import", TestPaths.fixture("invoices.csv").path])
        #expect(again.stdout.contains("Unchanged: 11"))
        let dry = try cli.run(["--lang", "en", "import", "--dry-run", TestPaths.fixture("invoices-es.csv").path])
        #expect(dry.stdout.contains("Dry run"))
        #expect(dry.stdout.contains("New invoices: 3"))
        let after = try cli.run(["ask", "who owes me?"])
        #expect(!after.stdout.contains("Panadería"))
    }

    @Test func badTodayIsAClearMessage() throws {
        let out = try CLIRunner.execute(["--today", "mañana", "ask", "hola"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--today"))
        #expect(!out.stderr.contains("Fatal"))
    }
}
