import CobradorCore
import Foundation

extension AppDatabase {
    /// Rows already in memory (the demo book, tests): the same import, from an array.
    public func importInvoices(
        _ rows: [InvoiceImportRow], on day: CalendarDay, by actor: Actor, dryRun: Bool, progress: (@Sendable (Int) -> Void)?
    ) throws -> ImportSummary {
        try importInvoices(from: InvoiceRowArraySource(rows), on: day, by: actor, dryRun: dryRun, progress: progress)
    }
}
