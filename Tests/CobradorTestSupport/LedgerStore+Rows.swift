import CobradorCore

extension LedgerStore {
    /// Rows already in memory: the port's streamed import, from an array (for tests on either engine).
    public func importRows(
        _ rows: [InvoiceImportRow], on day: CalendarDay, by actor: Actor, dryRun: Bool, progress: (@Sendable (Int) -> Void)?
    ) async throws -> ImportSummary {
        try await importInvoices(from: InvoiceRowArraySource(rows), on: day, by: actor, dryRun: dryRun, progress: progress)
    }
}
