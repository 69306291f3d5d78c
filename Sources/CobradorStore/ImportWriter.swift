import CobradorCore
import GRDB

/// Writes the invoices of one import inside the caller's transaction, as they come: nothing of the file
/// is held, and of the database only the clients and their contacts (a few per client). Invoices are
/// found through the unique index on their number; whether one was seen earlier in the same file is
/// known from its row id (new rows are numbered after every existing one).
final class ImportWriter {
    private let db: Database
    private let day: CalendarDay
    private(set) var summary = ImportSummary()
    private(set) var problems = ImportProblemLog()

    private var clientIDs: [String: Int64] = [:]
    private var exactClientIDs: [String: Int64] = [:]
    private var clientNames: [Int64: String] = [:]
    private var contacts: [Int64: [ContactKey]] = [:]
    private let maxInvoiceIDBefore: Int64
    /// The line of the file each invoice created by this import came from, by `id - maxInvoiceIDBefore - 1`.
    private var createdLines: [Int32] = []
    /// The line that touched each existing invoice, by id (allocated on first use).
    private var touchedLines: [Int32] = []
    private var withdrawnIDs: [Int64] = []
    /// Into an empty book the secondary indexes are dropped and built once at the end (sorting a million
    /// keys once is cheaper than keeping the trees up to date row by row); the transaction brings them
    /// back if anything fails. Nothing the import reads needs them while the book is empty.
    private var deferredIndexes: [String] = []

    private let insertInvoice: RawStatement
    private let findInvoice: RawStatement
    private let updateInvoice: RawStatement
    private let insertPayment: RawStatement
    private let findPayments: RawStatement
    private let deleteImported: RawStatement
    private let insertContact: RawStatement
    private let insertClient: RawStatement
    private let historyOf: RawStatement
    private let deleteInvoice: RawStatement

    struct ContactKey: Equatable {
        var kind: UInt8
        var value: String
    }

    static let contactKinds = ["email", "phone", "person"]

    init(db: Database, day: CalendarDay) throws {
        self.db = db
        self.day = day
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM client") {
            let id: Int64 = row["id"]
            let name: String = row["name"]
            clientIDs[name.lowercased()] = id
            clientNames[id] = name
        }
        for row in try Row.fetchAll(db, sql: "SELECT client_id, kind, value FROM client_contact") {
            let kind = UInt8(Self.contactKinds.firstIndex(of: row["kind"] as String) ?? 0)
            contacts[row["client_id"], default: []].append(ContactKey(kind: kind, value: row["value"]))
        }
        maxInvoiceIDBefore = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM invoice") ?? 0
        if maxInvoiceIDBefore == 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM payment") == 0 {
            let indexes = try Row.fetchAll(
                db,
                sql: """
                    SELECT name, sql FROM sqlite_master
                    WHERE type = 'index' AND tbl_name IN ('invoice', 'payment') AND sql IS NOT NULL ORDER BY name
                    """)
            for index in indexes { try db.execute(sql: "DROP INDEX \"\(index["name"] as String)\"") }
            deferredIndexes = indexes.map { $0["sql"] }
        }
        insertInvoice = try RawStatement(
            db,
            """
            INSERT INTO invoice (number, client_id, issued, due, amount_minor, currency) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (number) DO NOTHING
            """)
        findInvoice = try RawStatement(db, "SELECT id, client_id, currency, issued, due, amount_minor FROM invoice WHERE number = ?")
        updateInvoice = try RawStatement(db, "UPDATE invoice SET issued = ?, due = ?, amount_minor = ? WHERE id = ?")
        insertPayment = try RawStatement(
            db,
            """
            INSERT INTO payment (invoice_id, amount_minor, paid_on, source, note) VALUES (?, ?, ?, 'import', 'imported')
            """)
        findPayments = try RawStatement(db, "SELECT amount_minor, paid_on, source FROM payment WHERE invoice_id = ? ORDER BY id")
        deleteImported = try RawStatement(db, "DELETE FROM payment WHERE invoice_id = ? AND source = 'import'")
        insertContact = try RawStatement(db, "INSERT INTO client_contact (client_id, kind, value) VALUES (?, ?, ?)")
        insertClient = try RawStatement(db, "INSERT INTO client (name) VALUES (?)")
        historyOf = try RawStatement(
            db,
            """
            SELECT (SELECT COUNT(*) FROM payment WHERE invoice_id = ?1 AND source <> 'import')
                 + (SELECT COUNT(*) FROM contact_event WHERE invoice_id = ?1)
                 + (SELECT COUNT(*) FROM promise WHERE invoice_id = ?1)
                 + (SELECT COUNT(*) FROM pause WHERE invoice_id = ?1)
            """)
        deleteInvoice = try RawStatement(db, "DELETE FROM invoice WHERE id = ?")
    }

    func write(_ item: ImportItem) throws {
        switch item {
        case .invoice(let row): try write(row)
        case .withdrawn(let number, let line, _): try withdraw(number, line: line)
        }
    }

    /// Takes out, at the end, the invoices the file gives as no longer owed, and builds the indexes an
    /// import into an empty book left out.
    func finish() throws {
        for id in withdrawnIDs {
            deleteInvoice.bind(1, id)
            try deleteInvoice.execute()
        }
        for sql in deferredIndexes { try db.execute(sql: sql) }
        deferredIndexes = []
    }

    // MARK: - Clients

    private func clientID(_ name: String) throws -> Int64 {
        if let id = exactClientIDs[name] { return id }
        let key = name.lowercased()
        let id: Int64
        if let known = clientIDs[key] {
            id = known
        } else {
            insertClient.bind(1, name)
            try insertClient.execute()
            id = insertClient.lastInsertedRowID
            clientIDs[key] = id
            clientNames[id] = name
            summary.clientsCreated.add(name)
        }
        if exactClientIDs.count < 1_000_000 { exactClientIDs[name] = id }
        return id
    }

    /// Adds the row's email, phone and person to the client when new; whether any was.
    private func addContacts(_ row: InvoiceImportRow, client: Int64) throws -> Bool {
        var added = false
        if let email = row.email, try addContact(client, 0, email) { added = true }
        if let phone = row.phone, try addContact(client, 1, phone) { added = true }
        if let person = row.contact, try addContact(client, 2, person) { added = true }
        return added
    }

    private func addContact(_ client: Int64, _ kind: UInt8, _ value: String) throws -> Bool {
        let key = ContactKey(kind: kind, value: value)
        if contacts[client]?.contains(key) == true { return false }
        insertContact.bind(1, client)
        insertContact.bind(2, Self.contactKinds[Int(kind)])
        insertContact.bind(3, value)
        try insertContact.execute()
        contacts[client, default: []].append(key)
        return true
    }

    // MARK: - Invoices

    private struct Existing {
        var id: Int64
        var clientID: Int64
        var currency: String
        var issued: String
        var due: String?
        var amount: Int64
    }

    private func find(_ number: String) throws -> Existing? {
        findInvoice.bind(1, number)
        var found: Existing?
        try findInvoice.forEachRow { r in
            found = Existing(
                id: r.int64(0), clientID: r.int64(1), currency: r.text(2), issued: r.text(3),
                due: r.isNull(4) ? nil : r.text(4), amount: r.int64(5))
        }
        return found
    }

    /// The line where the file already had this invoice, if it did.
    private func earlierLine(_ id: Int64, line: Int) -> Int? {
        if id > maxInvoiceIDBefore {
            let k = Int(id - maxInvoiceIDBefore - 1)
            return k < createdLines.count ? Int(createdLines[k]) : nil
        }
        if touchedLines.isEmpty { touchedLines = [Int32](repeating: 0, count: Int(maxInvoiceIDBefore) + 1) }
        let seen = touchedLines[Int(id)]
        if seen != 0 { return Int(seen) }
        touchedLines[Int(id)] = Int32(clamping: line)
        return nil
    }

    private func write(_ r: InvoiceImportRow) throws {
        let client = try clientID(r.clientName)
        var changed = try addContacts(r, client: client)
        insertInvoice.bind(1, r.number)
        insertInvoice.bind(2, client)
        insertInvoice.bind(3, r.issued)
        if let due = r.due { insertInvoice.bind(4, due) } else { insertInvoice.bindNull(4) }
        insertInvoice.bind(5, r.amount.minorUnits)
        insertInvoice.bind(6, r.amount.currency.code)
        if try insertInvoice.execute() == 1 {
            let id = insertInvoice.lastInsertedRowID
            createdLines.append(Int32(clamping: r.line))
            summary.created.add(r.number)
            if r.paid.minorUnits > 0 {
                if r.payments.isEmpty {
                    try addPayment(id, r.paid.minorUnits, r.paidOn.map(clamp) ?? min(r.due ?? r.issued, day))
                } else {
                    for p in wantedPayments(r, manual: []) { try addPayment(id, p.amount, p.date) }
                }
            }
            return
        }
        guard let existing = try find(r.number) else { return }
        if let first = earlierLine(existing.id, line: r.line) {
            problems.add(line: r.line, .duplicateInFile(number: r.number, firstLine: first))
            return
        }
        if existing.clientID != client {
            problems.add(line: r.line, .numberBelongsToOtherClient(number: r.number, client: clientNames[existing.clientID] ?? "?"))
            return
        }
        if existing.currency != r.amount.currency.code {
            problems.add(line: r.line, .currencyChanged(number: r.number, from: existing.currency, to: r.amount.currency.code))
            return
        }
        if existing.issued != r.issued.isoString || existing.due != r.due?.isoString || existing.amount != r.amount.minorUnits {
            updateInvoice.bind(1, r.issued)
            if let due = r.due { updateInvoice.bind(2, due) } else { updateInvoice.bindNull(2) }
            updateInvoice.bind(3, r.amount.minorUnits)
            updateInvoice.bind(4, existing.id)
            try updateInvoice.execute()
            changed = true
        }
        if try reconcilePayments(r, invoice: existing.id) { changed = true }
        if changed { summary.updated.add(r.number) } else { summary.unchanged.add(r.number) }
    }

    private func addPayment(_ invoice: Int64, _ amount: Int64, _ date: CalendarDay) throws {
        insertPayment.bind(1, invoice)
        insertPayment.bind(2, amount)
        insertPayment.bind(3, date)
        try insertPayment.execute()
    }

    private struct Paid: Equatable {
        var amount: Int64
        var date: CalendarDay
    }

    /// The imported payments the file's row calls for, given the payments recorded in cobrador itself
    /// (which count towards the file's "paid": re-importing an up-to-date file never double-counts).
    private func wantedPayments(_ r: InvoiceImportRow, manual: [Paid]) -> [Paid] {
        let wanted = max(0, r.paid.minorUnits - manual.reduce(0) { $0 + $1.amount })
        guard wanted > 0 else { return [] }
        if !r.payments.isEmpty {
            // The file's own payments, less those that are the ones recorded in cobrador.
            var left = manual
            var list: [Paid] = []
            for p in r.payments {
                if let k = left.firstIndex(where: { $0.amount == p.amount.minorUnits && $0.date == p.date })
                    ?? left.firstIndex(where: { $0.amount == p.amount.minorUnits })
                {
                    left.remove(at: k)
                } else {
                    list.append(Paid(amount: p.amount.minorUnits, date: clamp(p.date)))
                }
            }
            var excess = list.reduce(0) { $0 + $1.amount } - wanted
            while excess > 0, let last = list.last {
                if last.amount <= excess {
                    excess -= last.amount
                    list.removeLast()
                } else {
                    list[list.count - 1].amount -= excess
                    excess = 0
                }
            }
            return list
        }
        if let paidOn = r.paidOn { return [Paid(amount: wanted, date: clamp(paidOn))] }
        // The file doesn't say when it was paid; dating it on the due date (or today, if earlier) keeps an
        // old partial payment from looking like fresh news that resets the follow-up clock.
        return [Paid(amount: wanted, date: min(r.due ?? r.issued, day))]
    }

    /// A payment dated after the import day is recorded on the import day.
    private func clamp(_ date: CalendarDay) -> CalendarDay {
        guard date > day else { return date }
        summary.futurePaymentsDatedToday += 1
        return day
    }

    /// Brings the imported payments of an existing invoice in line with the file; whether anything changed.
    private func reconcilePayments(_ r: InvoiceImportRow, invoice: Int64) throws -> Bool {
        var manual: [Paid] = []
        var imported: [Paid] = []
        findPayments.bind(1, invoice)
        try findPayments.forEachRow { p in
            let paid = Paid(amount: p.int64(0), date: CalendarDay(parsing: p.text(1)) ?? day)
            if p.text(2) == "import" { imported.append(paid) } else { manual.append(paid) }
        }
        let wanted = wantedPayments(r, manual: manual)
        let dated = r.paidOn != nil || !r.payments.isEmpty
        // Without dates in the file only the total counts, as before payment dates were read.
        let same =
            dated
            ? wanted.sorted { ($0.date, $0.amount) < ($1.date, $1.amount) } == imported.sorted { ($0.date, $0.amount) < ($1.date, $1.amount) }
            : wanted.reduce(0) { $0 + $1.amount } == imported.reduce(0) { $0 + $1.amount }
        if same { return false }
        deleteImported.bind(1, invoice)
        try deleteImported.execute()
        for p in wanted { try addPayment(invoice, p.amount, p.date) }
        return true
    }

    /// A draft, voided, cancelled or written-off invoice in the file: if an earlier import brought it in
    /// and nothing was recorded against it in cobrador, it is taken out at the end.
    private func withdraw(_ number: String, line: Int) throws {
        guard let existing = try find(number) else { return }
        if let first = earlierLine(existing.id, line: line) {
            problems.add(line: line, .duplicateInFile(number: number, firstLine: first))
            return
        }
        historyOf.bind(1, existing.id)
        var history: Int64 = 0
        try historyOf.forEachRow { history = $0.int64(0) }
        if history == 0 {
            withdrawnIDs.append(existing.id)
            summary.removed.add(number)
        } else {
            summary.keptWithHistory.add(number)
        }
    }
}
