import Foundation

/// What reading a file found besides its invoices: the format, how many lines became how many invoices,
/// what was skipped and why, and the rules that filled gaps. The summary is written from it.
public struct ImportReadReport: Sendable {
    public var format: ExportFormat
    /// False when `--format` chose it.
    public var detected: Bool
    /// The line the header was found on (after any title, blank or section lines).
    public var headerLine = 1
    /// Rows after the header that were not blank.
    public var dataLines = 0
    public var invoices = 0
    /// Drafts, voided, cancelled and written-off invoices, by standing.
    public var skipped: [InvoiceStanding: Int] = [:]
    /// Credit notes, bills, estimates, payments…: rows that are not invoices.
    public var notInvoices = 0
    /// Invoices with a zero total (nothing to collect).
    public var zeroInvoices = 0
    /// Title, section, total and footer rows, and journal lines of other accounts.
    public var otherLines = 0
    /// Due date taken from the file's payment terms.
    public var dueFromTerms = 0
    /// Due date = issue date + `termDays` (neither a due date nor terms in the file).
    public var dueAssumed = 0
    public var termDays = ImportOptions.defaultTermDays
    public var termDaysGiven = false
    public var dueBeforeIssued = ImportTally()
    /// Status words cobrador did not know (the invoices were taken as open).
    public var unknownStatuses: [String: Int] = [:]
    /// Invoices whose balance was above their total (the balance was taken as the amount owed).
    public var balanceAboveTotal = ImportTally()
    /// Invoices paid more than their total (taken as paid in full).
    public var overpaid = ImportTally()
    /// "Partially paid" without an amount paid or a balance: taken as unpaid.
    public var partialWithoutAmount = ImportTally()
    /// Journal payments whose invoice is not in the file.
    public var paymentsWithoutInvoice = 0
    /// The currency given with `--currency` or the configuration, when the file did not say.
    public var defaultCurrencyUsed = 0
    public var defaultCurrency: Currency?
    public var unusedColumns: [String] = []
    public var dateOrder: DateOrder = .dmy
    /// Whether the file's own dates (a part over 12) or `--dates` settled the order.
    public var dateOrderSettled = false

    public init(format: ExportFormat, detected: Bool) {
        self.format = format
        self.detected = detected
    }

    public var skippedTotal: Int { skipped.values.reduce(0, +) }
}
