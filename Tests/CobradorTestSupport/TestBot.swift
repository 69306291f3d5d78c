import CobradorBot
import CobradorContent
import CobradorCore
import CobradorStore
import Foundation

/// A real bot (parser, templates, advisor) over an in-memory database with a test fixture imported.
public enum TestBot {
    public static let today = CalendarDay(year: 2026, month: 11, day: 30)!

    public static func make(fixture: String = "invoices.csv") throws -> (Bot, AppDatabase) {
        let db = try AppDatabase.inMemory()
        let rows = try InvoiceCSVParser.parse(TestPaths.fixtureText(fixture)).get()
        _ = try db.importInvoices(rows, on: today, by: .cli, dryRun: false, progress: nil)
        let bot = Bot(
            store: db, understanding: NLUUnderstandingFactory(catalog: try IntentCatalogLoader.load()),
            replies: try ResponseLibrary.load(), dates: .fixed(today))
        return (bot, db)
    }
}
