import CobradorCore
import GRDB

extension AppDatabase {
    /// Writes the invoices of `source` in one transaction, pulling them one at a time: all of them, or
    /// (on any problem in the file or against the database, or a dry run) none. Idempotent by invoice
    /// number: a second import of the same file changes nothing; a newer export updates balances.
    public func importInvoices(
        from source: any InvoiceRowSource, on day: CalendarDay, by actor: Actor, dryRun: Bool,
        progress: (@Sendable (Int) -> Void)?
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        let source = PrefetchingRowSource.wrapping(source)
        defer { (source as? PrefetchingRowSource)?.finish() }
        try writer.writeWithoutTransaction { db in
            // A bigger page cache for the duration: a million inserts touch the indexes all over.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -32768")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            try db.inTransaction(.immediate) {
                let importer = try ImportWriter(db: db, day: day)
                var written = 0
                while let item = source.nextItem() {
                    try importer.write(item)
                    written += 1
                    if written & 4095 == 0 { progress?(written) }
                }
                try importer.finish()
                progress?(written)
                var problems = source.problems
                problems.merge(importer.problems)
                summary = importer.summary
                summary.dryRun = dryRun
                summary.failure = problems.failure
                guard summary.succeeded, !dryRun else { return .rollback }
                var detail =
                    "import: \(summary.created.count) created, \(summary.updated.count) updated, "
                    + "\(summary.unchanged.count) unchanged, \(summary.clientsCreated.count) new clients"
                if !summary.removed.isEmpty { detail += ", \(summary.removed.count) removed" }
                _ = try self.insertAudit(db, actor: actor, action: "import", detail: detail, undo: nil)
                if summary.changesNames { try Self.noteNamesChanged(db) }
                return .commit
            }
        }
        return summary
    }
}
