import CobradorBot
import CobradorContent
import CobradorCore
import CobradorStore
import Foundation
import Logging

/// A real bot (parser, templates, advisor) over a database with a test fixture imported: in memory, or a
/// file shared by several bots (as several processes would share it). The database keeps the conversations too.
public enum TestBot {
    public static let today = CalendarDay(year: 2026, month: 11, day: 30)!

    public static func make(fixture: String = "invoices.csv") throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        try importFixture(fixture, into: db)
        return (try bot(on: db), db)
    }

    /// A database file with the fixture imported, for bots that share it.
    public static func file(fixture: String = "invoices.csv") throws -> String {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("test.sqlite").path
        try importFixture(fixture, into: try AppDatabase.open(path: path))
        return path
    }

    /// A bot over an in-memory database holding the invoices of `csv` (with its header row).
    public static func make(csv: String) throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        try importCSV(csv, into: db)
        return (try bot(on: db), db)
    }

    public static func importFixture(_ fixture: String, into db: AppDatabase) throws {
        try importCSV(TestPaths.fixtureText(fixture), into: db)
    }

    public static func importCSV(_ csv: String, into db: AppDatabase) throws {
        let rows = try InvoiceCSVParser.parse(csv).get()
        _ = try db.importInvoices(rows, on: today, by: .cli, dryRun: false, progress: nil)
    }

    public static func bot(
        on store: some LedgerStore & ConversationStore, replies: (any ReplyRendering)? = nil, logger: Logger = Logger(label: "test"),
        lifetime: Duration = .seconds(24 * 3600), clock: @escaping @Sendable () -> Date = { Date() }, mail: MailSetup = .unconfigured
    ) throws -> Bot {
        Bot(
            store: store, understanding: NLUUnderstandingFactory(catalog: try IntentCatalogLoader.load()),
            replies: try replies ?? ResponseLibrary.load(), dates: .fixed(today), mail: mail, conversations: store,
            conversationLifetime: lifetime, logger: logger, clock: clock)
    }
}
