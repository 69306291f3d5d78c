import CobradorBot
import CobradorContent
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct BotCacheTests {
    @Test func answersFollowWritesMadeByAnotherProcessOrConnection() async throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let mine = try AppDatabase.open(path: path)
        let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText("invoices.csv")).get()
        _ = try mine.importInvoices(rows, on: TestBot.today, by: .cli, dryRun: false, progress: nil)
        let bot = Bot(
            store: mine, understanding: NLUUnderstandingFactory(catalog: try IntentCatalogLoader.load()),
            replies: try ResponseLibrary.load(), dates: .fixed(TestBot.today))
        func ask(_ text: String) async -> String {
            await bot.respond(to: IncomingMessage(text: text, conversation: ConversationKey(channel: "test", user: "u"))).text
        }
        #expect(await ask("¿quién me debe?").contains("Te deben 8 clientes"))
        #expect(await ask("¿quién me debe?").contains("Te deben 8 clientes"))

        // Another writer (think `cobrador import` while `serve` runs) settles Hooli and adds a client.
        let other = try AppDatabase.open(path: path)
        let hooli = try #require(try other.invoice(number: "HX-778"))
        _ = try other.apply(.recordPayment(invoiceID: hooli.id, amount: hooli.amount, date: TestBot.today, note: nil), by: .cli)
        let extra = try InvoiceCSVParser.parse("number,client,issued,due,amount,currency\nZ-1,Zeta Nueva,2026-10-01,2026-10-31,10.00,EUR\n").get()
        _ = try other.importInvoices(extra, on: TestBot.today, by: .cli, dryRun: false, progress: nil)

        // Other writers are noticed within 20 ms (the bot looks at the files at most that often).
        try await Task.sleep(for: .milliseconds(60))
        let after = await ask("¿quién me debe?")
        #expect(after.contains("Te deben 8 clientes"))
        #expect(!after.contains("Hooli"))
        #expect(after.contains("Zeta Nueva"))
        #expect(await ask("estado de zeta nueva").contains("10,00 €"))
    }

    @Test func ownWritesInvalidateAnInMemoryStore() async throws {
        let (bot, _) = try TestBot.make()
        func ask(_ text: String) async -> String {
            await bot.respond(to: IncomingMessage(text: text, conversation: ConversationKey(channel: "test", user: "u"))).text
        }
        #expect(await ask("estado de Acme").contains("1.650,00 €"))
        _ = await ask("Acme pagó 450 € de la T-2026-188")
        #expect(await ask("estado de Acme").contains("1.200,00 €"))
        _ = await ask("deshaz")
        #expect(await ask("estado de Acme").contains("1.650,00 €"))
    }
}

/// Counts how often the bot builds its parser: on a big book each build reads every invoice number.
final class CountingUnderstandingFactory: UnderstandingFactory, @unchecked Sendable {
    let inner: NLUUnderstandingFactory
    /// How long each build takes, standing in for a big book's names.
    let buildTime: Duration
    private let lock = NSLock()
    private var made = 0

    init(_ inner: NLUUnderstandingFactory, buildTime: Duration = .zero) {
        self.inner = inner
        self.buildTime = buildTime
    }

    var builds: Int { lock.withLock { made } }

    func make(clients: [Client], invoiceNumbers: [String: Int64]) -> any MessageUnderstanding {
        lock.withLock { made += 1 }
        if buildTime > .zero { Thread.sleep(forTimeInterval: Double(buildTime.components.seconds) + Double(buildTime.components.attoseconds) / 1e18) }
        return inner.make(clients: clients, invoiceNumbers: invoiceNumbers)
    }
}

@Suite struct BotParserRebuildTests {
    @Test func paymentsKeepTheParserAndNewNamesRebuildIt() async throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("names.sqlite").path
        let mine = try AppDatabase.open(path: path)
        let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText("invoices.csv")).get()
        _ = try mine.importInvoices(rows, on: TestBot.today, by: .cli, dryRun: false, progress: nil)
        let factory = CountingUnderstandingFactory(NLUUnderstandingFactory(catalog: try IntentCatalogLoader.load()))
        let bot = Bot(store: mine, understanding: factory, replies: try ResponseLibrary.load(), dates: .fixed(TestBot.today))
        func ask(_ text: String) async -> String {
            await bot.respond(to: IncomingMessage(text: text, conversation: ConversationKey(channel: "test", user: "u"))).text
        }
        #expect(await ask("estado de Acme").contains("1.650,00 €"))
        #expect(factory.builds == 1)

        // Own payments, then another process's payment: the answers follow, the parser stays.
        _ = await ask("Acme pagó 450 € de la T-2026-188")
        #expect(await ask("estado de Acme").contains("1.200,00 €"))
        let other = try AppDatabase.open(path: path)
        let acme = try #require(try other.invoice(number: "T-2026-201"))
        _ = try other.apply(
            .recordPayment(invoiceID: acme.id, amount: Money(minorUnits: 20_000, currency: .eur), date: TestBot.today, note: nil), by: .cli)
        try await Task.sleep(for: .milliseconds(60))
        #expect(await ask("estado de Acme").contains("1.000,00 €"))
        #expect(factory.builds == 1, "payments do not rebuild the parser")

        // A client added by another process is understood by name at the next message.
        let extra = try InvoiceCSVParser.parse("number,client,issued,due,amount,currency\nZ-1,Zeta Nueva,2026-10-01,2026-10-31,10.00,EUR\n").get()
        _ = try other.importInvoices(extra, on: TestBot.today, by: .cli, dryRun: false, progress: nil)
        try await Task.sleep(for: .milliseconds(60))
        #expect(await ask("estado de zeta nueva").contains("10,00 €"))
        #expect(factory.builds == 2)
    }
}

/// Messages that arrive while the parser is being built wait for that build: on PostgreSQL every store read
/// lets the next message in, and 32 at once used to make 32 parsers over the whole book.
@Suite struct BotParserBuildOnceTests {
    @Test(arguments: StoreEngine.available) func concurrentFirstMessagesShareOneBuild(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText("invoices.csv")).get()
            _ = try await store.importInvoices(from: InvoiceRowArraySource(rows), on: TestBot.today, by: .cli, dryRun: false, progress: nil)
            let factory = CountingUnderstandingFactory(
                NLUUnderstandingFactory(catalog: try IntentCatalogLoader.load()), buildTime: .milliseconds(300))
            let bot = Bot(
                store: store, understanding: factory, replies: try ResponseLibrary.load(), dates: .fixed(TestBot.today),
                conversations: store)
            let answers = await withTaskGroup(of: String.self) { group in
                for k in 0..<24 {
                    let message = IncomingMessage(text: "estado de Acme", conversation: ConversationKey(channel: "test", user: "u\(k)"))
                    group.addTask { await bot.respond(to: message).text }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.count == 24)
            #expect(answers.allSatisfy { $0.contains("1.650,00 €") }, "\(answers.first ?? "")")
            #expect(factory.builds == 1)
        }
    }
}
