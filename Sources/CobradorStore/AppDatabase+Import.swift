import CobradorCore
import GRDB

extension AppDatabase {
    /// Applies validated CSV rows in one transaction: all of them, or (on any problem, or a dry run) none.
    /// Idempotent by invoice number: a second import of the same file changes nothing.
    public func importInvoices(
        _ rows: [InvoiceImportRow], on day: CalendarDay, by actor: Actor, dryRun: Bool,
        progress: (@Sendable (Int) -> Void)?
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.dryRun = dryRun
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                summary = try Self.importRows(rows, on: day, db: db, progress: progress, dryRun: dryRun)
                if summary.problems.isEmpty && !dryRun {
                    let detail = "import: \(summary.created.count) created, \(summary.updated.count) updated, "
                        + "\(summary.unchanged.count) unchanged, \(summary.clientsCreated.count) new clients"
                    _ = try self.insertAudit(db, actor: actor, action: "import", detail: detail, undo: nil)
                    return .commit
                }
                return .rollback
            }
        }
        return summary
    }

    private struct ExistingInvoice {
        var id: Int64
        var clientID: Int64
        var currency: String
        var issued: String
        var due: String?
        var amount: Int64
    }

    // swiftlint:disable:next function_body_length
    private static func importRows(
        _ rows: [InvoiceImportRow], on day: CalendarDay, db: Database, progress: (@Sendable (Int) -> Void)?, dryRun: Bool
    ) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.dryRun = dryRun
        var clientIDs: [String: Int64] = [:]
        var clientNames: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM client") {
            clientIDs[(row["name"] as String).lowercased()] = row["id"]
            clientNames[row["id"]] = row["name"]
        }
        var invoices: [String: ExistingInvoice] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, number, client_id, currency, issued, due, amount_minor FROM invoice") {
            invoices[(row["number"] as String).uppercased()] = ExistingInvoice(
                id: row["id"], clientID: row["client_id"], currency: row["currency"], issued: row["issued"], due: row["due"],
                amount: row["amount_minor"])
        }
        var importedPaid: [Int64: Int64] = [:]
        var manualPaid: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT invoice_id, source, SUM(amount_minor) AS s FROM payment GROUP BY invoice_id, source") {
            if (row["source"] as String) == "import" { importedPaid[row["invoice_id"]] = row["s"] } else {
                manualPaid[row["invoice_id"]] = row["s"]
            }
        }
        var contacts = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT client_id, kind, value FROM client_contact") {
            contacts.insert("\(row["client_id"] as Int64)|\(row["kind"] as String)|\(row["value"] as String)")
        }

        let insertInvoice = try db.cachedStatement(sql: """
            INSERT INTO invoice (number, client_id, issued, due, amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let updateInvoice = try db.cachedStatement(sql: "UPDATE invoice SET issued = ?, due = ?, amount_minor = ? WHERE id = ?")
        let insertPayment = try db.cachedStatement(sql: """
            INSERT INTO payment (invoice_id, amount_minor, paid_on, source, note) VALUES (?, ?, ?, 'import', 'imported')
            """)
        let deleteImported = try db.cachedStatement(sql: "DELETE FROM payment WHERE invoice_id = ? AND source = 'import'")
        let insertContact = try db.cachedStatement(sql: "INSERT INTO client_contact (client_id, kind, value) VALUES (?, ?, ?)")
        let insertClient = try db.cachedStatement(sql: "INSERT INTO client (name) VALUES (?)")

        for (n, r) in rows.enumerated() {
            if n % 1000 == 0 { progress?(n) }
            let key = r.clientName.lowercased()
            let clientID: Int64
            if let id = clientIDs[key] {
                clientID = id
            } else {
                try insertClient.execute(arguments: [r.clientName])
                clientID = db.lastInsertedRowID
                clientIDs[key] = clientID
                clientNames[clientID] = r.clientName
                summary.clientsCreated.append(r.clientName)
            }
            var changed = false
            for (kind, value) in [("email", r.email), ("phone", r.phone), ("person", r.contact)] {
                guard let value else { continue }
                let k = "\(clientID)|\(kind)|\(value)"
                if !contacts.contains(k) {
                    try insertContact.execute(arguments: [clientID, kind, value])
                    contacts.insert(k)
                    changed = true
                }
            }
            let numberKey = r.number.uppercased()
            let invoiceID: Int64
            if let existing = invoices[numberKey] {
                if existing.clientID != clientID {
                    summary.problems.append(ImportProblem(
                        line: r.line, reason: .numberBelongsToOtherClient(
                            number: r.number, client: clientNames[existing.clientID] ?? "?")))
                    continue
                }
                if existing.currency != r.amount.currency.code {
                    summary.problems.append(ImportProblem(
                        line: r.line, reason: .currencyChanged(number: r.number, from: existing.currency, to: r.amount.currency.code)))
                    continue
                }
                if existing.issued != r.issued.isoString || existing.due != r.due?.isoString || existing.amount != r.amount.minorUnits {
                    try updateInvoice.execute(arguments: [r.issued.isoString, r.due?.isoString, r.amount.minorUnits, existing.id])
                    changed = true
                }
                invoiceID = existing.id
            } else {
                try insertInvoice.execute(arguments: [
                    r.number, clientID, r.issued.isoString, r.due?.isoString, r.amount.minorUnits, r.amount.currency.code,
                ])
                invoiceID = db.lastInsertedRowID
                invoices[numberKey] = ExistingInvoice(
                    id: invoiceID, clientID: clientID, currency: r.amount.currency.code, issued: r.issued.isoString,
                    due: r.due?.isoString, amount: r.amount.minorUnits)
                summary.created.append(r.number)
            }
            // The file's "paid" is the total received; payments recorded in cobrador itself are part of it.
            let wanted = max(0, r.paid.minorUnits - (manualPaid[invoiceID] ?? 0))
            if wanted != (importedPaid[invoiceID] ?? 0) {
                try deleteImported.execute(arguments: [invoiceID])
                // The file doesn't say when it was paid; dating it on the due date (or today, if earlier)
                // keeps an old partial payment from looking like fresh news that resets the follow-up clock.
                let paidOn = min(r.due ?? r.issued, day)
                if wanted > 0 { try insertPayment.execute(arguments: [invoiceID, wanted, paidOn.isoString]) }
                importedPaid[invoiceID] = wanted
                changed = true
            }
            if summary.created.last != r.number {
                if changed { summary.updated.append(r.number) } else { summary.unchanged.append(r.number) }
            }
        }
        progress?(rows.count)
        return summary
    }
}
