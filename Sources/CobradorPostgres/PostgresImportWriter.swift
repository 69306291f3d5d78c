import CobradorCore
import PostgresNIO

/// Writes the invoices of one import inside the caller's transaction (which holds the ledger's tables
/// against other writers), in batches: one look-up of the batch's numbers, then `COPY` for the new
/// invoices, payments and contacts. The decisions are the SQLite store's, row by row in file order. New
/// invoices get their ids here, dense after every existing one, so whether an invoice was seen earlier in
/// the same file is known from its id, as in the SQLite store.
final class PostgresImportWriter {
    static let batchSize = 4000
    static let contactKinds = ["email", "phone", "person"]

    private let conn: PostgresConnection
    private let day: CalendarDay
    private let logger: Logger
    private(set) var summary = ImportSummary()
    private(set) var problems = ImportProblemLog()

    private var clientIDs: [String: Int64] = [:]
    private var exactClientIDs: [String: Int64] = [:]
    private var clientNames: [Int64: String] = [:]
    private var contacts: [Int64: [ContactKey]] = [:]
    private let maxInvoiceIDBefore: Int64
    /// The line of the file each invoice created by this import came from, by `id - maxInvoiceIDBefore - 1`.
    private var createdLines: [Int32] = []
    /// The line that touched each existing invoice.
    private var touchedLines: [Int64: Int32] = [:]
    private var withdrawnIDs: [Int64] = []
    private var pending: [ImportItem] = []

    struct ContactKey: Equatable {
        var kind: UInt8
        var value: String
    }

    private struct Existing {
        var id: Int64
        var clientID: Int64
        var currency: String
        var issued: String
        var due: String?
        var amount: Int64
    }

    private struct Paid: Equatable {
        var amount: Int64
        var date: CalendarDay
    }

    /// What one batch sends.
    private struct Outgoing {
        var invoices = CopyBuffer()
        var payments = CopyBuffer()
        var contacts = CopyBuffer()
        var updates: [(id: Int64, issued: String, due: String, amount: Int64)] = []
        var clearImported: [Int64] = []
    }

    init(conn: PostgresConnection, day: CalendarDay, logger: Logger) async throws {
        self.conn = conn
        self.day = day
        self.logger = logger
        for try await (id, name) in try await conn.query("SELECT id, name FROM client", logger: logger).decode((Int64, String).self) {
            clientIDs[name.lowercased()] = id
            clientNames[id] = name
        }
        let contactRows = try await conn.query("SELECT client_id, kind, value FROM client_contact", logger: logger)
        for try await (clientID, kind, value) in contactRows.decode((Int64, String, String).self) {
            let k = UInt8(Self.contactKinds.firstIndex(of: kind) ?? 0)
            contacts[clientID, default: []].append(ContactKey(kind: k, value: value))
        }
        maxInvoiceIDBefore = try await conn.value("SELECT COALESCE(MAX(id), 0)::BIGINT FROM invoice", as: Int64.self, logger) ?? 0
    }

    func write(_ item: ImportItem) async throws {
        pending.append(item)
        if pending.count >= Self.batchSize { try await flush() }
    }

    /// Sends the last batch and takes out, at the end, the invoices the file gives as no longer owed.
    func finish() async throws {
        try await flush()
        if !withdrawnIDs.isEmpty { try await conn.query("DELETE FROM invoice WHERE id = ANY(\(withdrawnIDs))", logger: logger) }
    }

    /// Moves the id sequences past the ids given here; only before a commit (a sequence ignores rollbacks).
    func advanceSequences() async throws {
        try await conn.query(
            """
            SELECT setval(pg_get_serial_sequence('invoice', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM invoice), false)
            """, logger: logger)
    }

    // MARK: - Batches

    private func flush() async throws {
        guard !pending.isEmpty else { return }
        let items = pending
        pending.removeAll(keepingCapacity: true)
        try await createClients(for: items)
        var numbers: [String] = []
        for item in items {
            switch item {
            case .invoice(let row): numbers.append(Self.fold(row.number))
            case .withdrawn(let number, _, _): numbers.append(Self.fold(number))
            }
        }
        var existing = try await findInvoices(numbers)
        let payments = try await paymentsOf(existing.values.map(\.id))
        var out = Outgoing()
        for item in items {
            switch item {
            case .invoice(let row): try await write(row, existing: &existing, payments: payments, into: &out)
            case .withdrawn(let number, let line, _): try await withdraw(number, line: line, existing: existing)
            }
        }
        try await send(&out)
    }

    /// The batch's new clients in one insert, named as they first appear.
    private func createClients(for items: [ImportItem]) async throws {
        var names: [String] = []
        var seen = Set<String>()
        for case .invoice(let row) in items where exactClientIDs[row.clientName] == nil {
            let key = row.clientName.lowercased()
            if clientIDs[key] == nil, seen.insert(key).inserted { names.append(row.clientName) }
        }
        guard !names.isEmpty else { return }
        let rows = try await conn.query(
            "INSERT INTO client (name) SELECT unnest(\(names)::TEXT[]) RETURNING id, name", logger: logger)
        for try await (id, name) in rows.decode((Int64, String).self) {
            clientIDs[name.lowercased()] = id
            clientNames[id] = name
        }
        for name in names { summary.clientsCreated.add(name) }
    }

    private func clientID(_ name: String) throws -> Int64 {
        if let id = exactClientIDs[name] { return id }
        guard let id = clientIDs[name.lowercased()] else { throw LedgerError.invalid("client \(name) not created") }
        if exactClientIDs.count < 1_000_000 { exactClientIDs[name] = id }
        return id
    }

    private func findInvoices(_ folded: [String]) async throws -> [String: Existing] {
        var found: [String: Existing] = [:]
        let rows = try await conn.query(
            """
            SELECT id, number, client_id, currency, issued, due, amount_minor FROM invoice WHERE lower(number) = ANY(\(folded)::TEXT[])
            """, logger: logger)
        for try await (id, number, clientID, currency, issued, due, amount)
            in rows
            .decode((Int64, String, Int64, String, String, String?, Int64).self)
        {
            found[Self.fold(number)] = Existing(id: id, clientID: clientID, currency: currency, issued: issued, due: due, amount: amount)
        }
        return found
    }

    private func paymentsOf(_ invoiceIDs: [Int64]) async throws -> [Int64: [(Paid, imported: Bool)]] {
        guard !invoiceIDs.isEmpty else { return [:] }
        var out: [Int64: [(Paid, imported: Bool)]] = [:]
        let rows = try await conn.query(
            """
            SELECT invoice_id, amount_minor, paid_on, source FROM payment WHERE invoice_id = ANY(\(invoiceIDs)) ORDER BY id
            """, logger: logger)
        for try await (invoiceID, amount, paidOn, source) in rows.decode((Int64, Int64, String, String).self) {
            out[invoiceID, default: []].append((Paid(amount: amount, date: CalendarDay(parsing: paidOn) ?? day), source == "import"))
        }
        return out
    }

    private func send(_ out: inout Outgoing) async throws {
        if !out.contacts.isEmpty {
            try await copy(out.contacts, into: "client_contact", columns: ["client_id", "kind", "value"])
        }
        if !out.updates.isEmpty {
            try await conn.query(
                """
                UPDATE invoice AS i SET issued = u.issued, due = NULLIF(u.due, ''), amount_minor = u.amount
                FROM unnest(\(out.updates.map(\.id))::BIGINT[], \(out.updates.map(\.issued))::TEXT[], \(out.updates.map(\.due))::TEXT[],
                            \(out.updates.map(\.amount))::BIGINT[]) AS u(id, issued, due, amount)
                WHERE i.id = u.id
                """, logger: logger)
        }
        if !out.clearImported.isEmpty {
            try await conn.query(
                "DELETE FROM payment WHERE invoice_id = ANY(\(out.clearImported)) AND source = 'import'", logger: logger)
        }
        if !out.invoices.isEmpty {
            try await copy(out.invoices, into: "invoice", columns: ["id", "number", "client_id", "issued", "due", "amount_minor", "currency"])
        }
        if !out.payments.isEmpty {
            try await copy(out.payments, into: "payment", columns: ["invoice_id", "amount_minor", "paid_on", "source", "note"])
        }
    }

    private func copy(_ rows: CopyBuffer, into table: String, columns: [String]) async throws {
        try await conn.copyFrom(table: table, columns: columns, logger: logger) { writer in try await writer.write(rows.buffer) }
    }

    // MARK: - Rows

    /// Adds the row's email, phone and person to the client when new; whether any was.
    private func addContacts(_ row: InvoiceImportRow, client: Int64, into out: inout Outgoing) -> Bool {
        var added = false
        if let email = row.email, addContact(client, 0, email, &out) { added = true }
        if let phone = row.phone, addContact(client, 1, phone, &out) { added = true }
        if let person = row.contact, addContact(client, 2, person, &out) { added = true }
        return added
    }

    private func addContact(_ client: Int64, _ kind: UInt8, _ value: String, _ out: inout Outgoing) -> Bool {
        let key = ContactKey(kind: kind, value: value)
        if contacts[client]?.contains(key) == true { return false }
        out.contacts.field(client)
        out.contacts.field(Self.contactKinds[Int(kind)])
        out.contacts.field(value)
        out.contacts.endRow()
        contacts[client, default: []].append(key)
        return true
    }

    /// The line where the file already had this invoice, if it did.
    private func earlierLine(_ id: Int64, line: Int) -> Int? {
        if id > maxInvoiceIDBefore {
            let k = Int(id - maxInvoiceIDBefore - 1)
            return k < createdLines.count ? Int(createdLines[k]) : nil
        }
        if let seen = touchedLines[id] { return Int(seen) }
        touchedLines[id] = Int32(clamping: line)
        return nil
    }

    // swiftlint:disable:next function_body_length
    private func write(
        _ r: InvoiceImportRow, existing: inout [String: Existing], payments: [Int64: [(Paid, imported: Bool)]],
        into out: inout Outgoing
    ) async throws {
        let client = try clientID(r.clientName)
        var changed = addContacts(r, client: client, into: &out)
        let key = Self.fold(r.number)
        guard let found = existing[key] else {
            let id = maxInvoiceIDBefore + 1 + Int64(createdLines.count)
            out.invoices.field(id)
            out.invoices.field(r.number)
            out.invoices.field(client)
            out.invoices.field(r.issued.isoString)
            out.invoices.field(r.due?.isoString)
            out.invoices.field(r.amount.minorUnits)
            out.invoices.field(r.amount.currency.code)
            out.invoices.endRow()
            existing[key] = Existing(
                id: id, clientID: client, currency: r.amount.currency.code, issued: r.issued.isoString, due: r.due?.isoString,
                amount: r.amount.minorUnits)
            createdLines.append(Int32(clamping: r.line))
            summary.created.add(r.number)
            if r.paid.minorUnits > 0 {
                if r.payments.isEmpty {
                    addPayment(id, r.paid.minorUnits, r.paidOn.map(clamp) ?? min(r.due ?? r.issued, day), &out)
                } else {
                    for p in wantedPayments(r, manual: []) { addPayment(id, p.amount, p.date, &out) }
                }
            }
            return
        }
        if let first = earlierLine(found.id, line: r.line) {
            problems.add(line: r.line, .duplicateInFile(number: r.number, firstLine: first))
            return
        }
        if found.clientID != client {
            problems.add(line: r.line, .numberBelongsToOtherClient(number: r.number, client: clientNames[found.clientID] ?? "?"))
            return
        }
        if found.currency != r.amount.currency.code {
            problems.add(line: r.line, .currencyChanged(number: r.number, from: found.currency, to: r.amount.currency.code))
            return
        }
        if found.issued != r.issued.isoString || found.due != r.due?.isoString || found.amount != r.amount.minorUnits {
            out.updates.append((found.id, r.issued.isoString, r.due?.isoString ?? "", r.amount.minorUnits))
            changed = true
        }
        if reconcilePayments(r, invoice: found.id, recorded: payments[found.id] ?? [], &out) { changed = true }
        if changed { summary.updated.add(r.number) } else { summary.unchanged.add(r.number) }
    }

    private func addPayment(_ invoice: Int64, _ amount: Int64, _ date: CalendarDay, _ out: inout Outgoing) {
        out.payments.field(invoice)
        out.payments.field(amount)
        out.payments.field(date.isoString)
        out.payments.field("import")
        out.payments.field("imported")
        out.payments.endRow()
    }

    /// The imported payments the file's row calls for, given the payments recorded in cobrador itself
    /// (which count towards the file's "paid": re-importing an up-to-date file never double-counts).
    private func wantedPayments(_ r: InvoiceImportRow, manual: [Paid]) -> [Paid] {
        let wanted = max(0, r.paid.minorUnits - manual.reduce(0) { $0 + $1.amount })
        guard wanted > 0 else { return [] }
        if !r.payments.isEmpty {
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
        // Undated: on the due date (or today, if earlier), so an old partial payment is not fresh news.
        return [Paid(amount: wanted, date: min(r.due ?? r.issued, day))]
    }

    /// A payment dated after the import day is recorded on the import day.
    private func clamp(_ date: CalendarDay) -> CalendarDay {
        guard date > day else { return date }
        summary.futurePaymentsDatedToday += 1
        return day
    }

    /// Brings the imported payments of an existing invoice in line with the file; whether anything changed.
    private func reconcilePayments(
        _ r: InvoiceImportRow, invoice: Int64, recorded: [(Paid, imported: Bool)], _ out: inout Outgoing
    ) -> Bool {
        let manual = recorded.filter { !$0.imported }.map(\.0)
        let imported = recorded.filter(\.imported).map(\.0)
        let wanted = wantedPayments(r, manual: manual)
        let dated = r.paidOn != nil || !r.payments.isEmpty
        let same =
            dated
            ? wanted.sorted { ($0.date, $0.amount) < ($1.date, $1.amount) } == imported.sorted { ($0.date, $0.amount) < ($1.date, $1.amount) }
            : wanted.reduce(0) { $0 + $1.amount } == imported.reduce(0) { $0 + $1.amount }
        if same { return false }
        out.clearImported.append(invoice)
        for p in wanted { addPayment(invoice, p.amount, p.date, &out) }
        return true
    }

    /// A draft, voided, cancelled or written-off invoice in the file: if an earlier import brought it in
    /// and nothing was recorded against it in cobrador, it is taken out at the end.
    private func withdraw(_ number: String, line: Int, existing: [String: Existing]) async throws {
        guard let found = existing[Self.fold(number)] else { return }
        if let first = earlierLine(found.id, line: line) {
            problems.add(line: line, .duplicateInFile(number: number, firstLine: first))
            return
        }
        let history =
            try await conn.value(
                """
                SELECT (SELECT COUNT(*) FROM payment WHERE invoice_id = \(found.id) AND source <> 'import')
                     + (SELECT COUNT(*) FROM contact_event WHERE invoice_id = \(found.id))
                     + (SELECT COUNT(*) FROM promise WHERE invoice_id = \(found.id))
                     + (SELECT COUNT(*) FROM pause WHERE invoice_id = \(found.id))
                """, as: Int64.self, logger) ?? 0
        if history == 0 {
            withdrawnIDs.append(found.id)
            summary.removed.add(number)
        } else {
            summary.keptWithHistory.add(number)
        }
    }

    /// ASCII letters folded, as PostgreSQL's lower() under the "C" collation and SQLite's NOCASE fold them.
    static func fold(_ text: String) -> String {
        guard text.utf8.contains(where: { (65...90).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
