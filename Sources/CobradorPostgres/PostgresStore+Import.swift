import CobradorCore
import PostgresNIO

extension PostgresStore {
    /// Writes the invoices of `source` in one transaction, pulled one at a time and sent in batches
    /// (`COPY` for the new rows): all of them, or (on any problem, or a dry run) none. Idempotent by
    /// invoice number, as the SQLite store: a second import of the same file changes nothing.
    public func importInvoices(
        from source: any InvoiceRowSource, on day: CalendarDay, by actor: Actor, dryRun: Bool,
        progress: (@Sendable (Int) -> Void)?
    ) async throws -> ImportSummary {
        var summary = ImportSummary()
        let source = PrefetchingRowSource.wrapping(source)
        defer { (source as? PrefetchingRowSource)?.finish() }
        // Not retried: the source is a stream that cannot be read twice.
        try await client.withConnection { conn in
            try await conn.query("BEGIN", logger: logger)
            do {
                // Other writers of the ledger wait until the import commits; readers go on.
                try await conn.query(
                    """
                    LOCK TABLE client, client_alias, client_contact, invoice, payment, contact_event, promise, pause
                    IN SHARE ROW EXCLUSIVE MODE
                    """, logger: logger)
                let importer = try await PostgresImportWriter(conn: conn, day: day, logger: logger)
                var written = 0
                while let item = source.nextItem() {
                    try await importer.write(item)
                    written += 1
                    if written & 4095 == 0 { progress?(written) }
                }
                try await importer.finish()
                progress?(written)
                var problems = source.problems
                problems.merge(importer.problems)
                summary = importer.summary
                summary.dryRun = dryRun
                summary.failure = problems.failure
                guard summary.succeeded, !dryRun else {
                    try await conn.query("ROLLBACK", logger: logger)
                    return
                }
                try await importer.advanceSequences()
                var detail =
                    "import: \(summary.created.count) created, \(summary.updated.count) updated, "
                    + "\(summary.unchanged.count) unchanged, \(summary.clientsCreated.count) new clients"
                if !summary.removed.isEmpty { detail += ", \(summary.removed.count) removed" }
                _ = try await insertAudit(conn, actor: actor, action: "import", detail: detail, undo: nil)
                if summary.changesNames { try await noteNamesChanged(conn) }
                try await conn.query(Self.bumpLedgerVersion(), logger: logger)
                try await conn.query("COMMIT", logger: logger)
            } catch {
                _ = try? await conn.query("ROLLBACK", logger: logger)
                throw error
            }
        }
        return summary
    }

    /// Rows already in memory (the demo book, tests): the same import, from an array.
    public func importInvoices(
        _ rows: [InvoiceImportRow], on day: CalendarDay, by actor: Actor, dryRun: Bool, progress: (@Sendable (Int) -> Void)?
    ) async throws -> ImportSummary {
        try await importInvoices(from: InvoiceRowArraySource(rows), on: day, by: actor, dryRun: dryRun, progress: progress)
    }
}
