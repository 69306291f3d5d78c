import CobradorCore
import GRDB

extension AppDatabase {
    public func clients() throws -> [Client] {
        try writer.read { db in try Self.fetchClients(db, where: nil) }
    }

    public func clientFile(id: Int64) throws -> ClientFile? {
        try writer.read { db in try Self.fetchFiles(db, clientIDs: [id]).first }
    }

    public func clientFilesWithOpenInvoices() throws -> [ClientFile] {
        try writer.read { db in
            // Deduplicated here, not with DISTINCT: DISTINCT made SQLite walk invoice_client and jump from
            // the index to the table and to the payments in random order (3.4 s instead of 0.4 s on a
            // million invoices); a scan in rowid order reads both tables sequentially.
            var ids = Set<Int64>()
            let rows = try Int64.fetchCursor(
                db,
                sql: """
                    SELECT i.client_id FROM invoice i
                    WHERE i.amount_minor > (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payment p WHERE p.invoice_id = i.id)
                    """)
            while let id = try rows.next() { ids.insert(id) }
            return try Self.fetchFiles(db, clientIDs: ids.sorted())
        }
    }

    public func openItems() throws -> [OpenItem] {
        try writer.read { db in
            // Names read once per client rather than joined into every open invoice.
            var names: [Int64: String] = [:]
            let clients = try Row.fetchCursor(db, sql: "SELECT id, name FROM client")
            while let row = try clients.next() { names[row[0]] = row[1] }
            // The balance is computed once per invoice and filtered here: `WHERE open > 0` in SQL made
            // SQLite run the payment look-up twice for every invoice.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT i.amount_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), 0),
                           i.client_id, i.number, i.due, i.currency
                    FROM invoice i
                    """)
            var items: [OpenItem] = []
            var decoder = RowDecoder()
            while let row = try rows.next() {
                let open: Int64 = row[0]
                guard open > 0 else { continue }
                let clientID: Int64 = row[1]
                guard let name = names[clientID] else { continue }
                items.append(
                    OpenItem(
                        clientID: clientID, clientName: name, invoiceNumber: row[2],
                        due: (row[3] as String?).flatMap { decoder.optionalDay($0) },
                        outstanding: Money(minorUnits: open, currency: decoder.currency(row[4]))))
            }
            return items
        }
    }

    public func invoice(number: String) throws -> Invoice? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM invoice WHERE number = ?", arguments: [number]).map(Self.invoice)
        }
    }

    public func invoiceNumbers() throws -> [String: Int64] {
        try writer.read { db in
            var out: [String: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT number, client_id FROM invoice")
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    public func recentInvoiceNumbers(limit: Int) throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT number FROM invoice ORDER BY id DESC LIMIT ?", arguments: [limit]) }
    }

    public func auditTrail(limit: Int) throws -> [AuditEntry] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                AuditEntry(
                    id: $0["id"], at: $0["at"], user: $0["user"], channel: $0["channel"], action: $0["action"],
                    detail: $0["detail"], undone: $0["undone"])
            }
        }
    }

    // MARK: - Row decoding

    /// Above this many clients a query reads the whole table once and keeps the wanted rows in Swift:
    /// an `IN (…)` list of tens of thousands of ids costs one index probe per id and then a sort.
    static let bulkThreshold = 500

    /// `WHERE column IN (ids)`, or nothing when the rows are filtered in Swift instead.
    static func idFilter(_ column: String, _ ids: [Int64]?) -> String {
        guard let ids, ids.count <= bulkThreshold else { return "" }
        return "WHERE \(column) IN (\(ids.map(String.init).joined(separator: ",")))"
    }

    static func fetchClients(_ db: Database, where ids: [Int64]?) throws -> [Client] {
        let wanted = ids.map(Set.init)
        var clients: [Client] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM client \(idFilter("id", ids)) ORDER BY name")
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if let wanted, !wanted.contains(id) { continue }
            clients.append(Client(id: id, name: row[1]))
        }
        let position = Dictionary(uniqueKeysWithValues: clients.enumerated().map { ($1.id, $0) })
        let clientFilter = idFilter("client_id", ids)
        for row in try Row.fetchAll(db, sql: "SELECT client_id, alias FROM client_alias \(clientFilter) ORDER BY id") {
            if let i = position[row["client_id"]] { clients[i].aliases.append(row["alias"]) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT client_id, kind, value FROM client_contact \(clientFilter) ORDER BY id") {
            guard let i = position[row["client_id"]], let kind = ClientContact.Kind(rawValue: row["kind"]) else { continue }
            clients[i].contacts.append(ClientContact(kind: kind, value: row["value"]))
        }
        return clients
    }

    // swiftlint:disable:next function_body_length
    static func fetchFiles(_ db: Database, clientIDs: [Int64]) throws -> [ClientFile] {
        guard !clientIDs.isEmpty else { return [] }
        let clientFilter = idFilter("client_id", clientIDs)
        var files: [Int64: ClientFile] = [:]
        files.reserveCapacity(clientIDs.count)
        for client in try fetchClients(db, where: clientIDs) { files[client.id] = ClientFile(client: client) }
        var decoder = RowDecoder()

        // Invoices in each file by (due, number) as `ORDER BY due, number` gave them (NULL due first, number
        // without case): sorted per client in Swift rather than one sort of every invoice in SQLite.
        var sortKeys: [Int64: [(due: Int, invoice: Invoice)]] = [:]
        let invoiceRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, number, client_id, issued, due, amount_minor, currency, late_fee_kind, late_fee_value
                FROM invoice \(clientFilter)
                """)
        while let row = try invoiceRows.next() {
            let clientID: Int64 = row[2]
            guard files[clientID] != nil else { continue }
            let dueText: String? = row[4]
            let currency = decoder.currency(row[6])
            var lateFee: LateFeeClause?
            switch row[7] as String? {
            case "monthly_rate": lateFee = .monthlyRate(basisPoints: row[8])
            case "fixed": lateFee = .fixed(Money(minorUnits: row[8], currency: currency))
            default: lateFee = nil
            }
            let invoice = Invoice(
                id: row[0], number: row[1], clientID: clientID, issued: decoder.day(row[3]),
                due: dueText.flatMap { decoder.optionalDay($0) }, amount: Money(minorUnits: row[5], currency: currency),
                lateFee: lateFee)
            sortKeys[clientID, default: []].append((dueText.map(Self.sortKey) ?? Int.min, invoice))
        }
        var currencyOf: [Int64: (Int64, Currency)] = [:]
        currencyOf.reserveCapacity(sortKeys.values.reduce(0) { $0 + $1.count })
        for (clientID, keyed) in sortKeys {
            let sorted = keyed.sorted { a, b in
                a.due != b.due ? a.due < b.due : Self.noCaseLess(a.invoice.number, b.invoice.number)
            }
            files[clientID]?.invoices = sorted.map(\.invoice)
            for k in sorted { currencyOf[k.invoice.id] = (clientID, k.invoice.amount.currency) }
        }

        // Payments by (paid_on, id) within each file, as `ORDER BY p.paid_on, p.id` gave them.
        let paymentSQL =
            clientFilter.isEmpty
            ? "SELECT id, invoice_id, amount_minor, paid_on, note FROM payment"
            : "SELECT p.id, p.invoice_id, p.amount_minor, p.paid_on, p.note FROM payment p JOIN invoice i ON i.id = p.invoice_id "
                + "WHERE i.client_id IN (\(clientIDs.map(String.init).joined(separator: ",")))"
        var paymentKeys: [Int64: [(paidOn: Int, payment: Payment)]] = [:]
        let paymentRows = try Row.fetchCursor(db, sql: paymentSQL)
        while let row = try paymentRows.next() {
            let invoiceID: Int64 = row[1]
            guard let (clientID, currency) = currencyOf[invoiceID] else { continue }
            let paidOn: String = row[3]
            paymentKeys[clientID, default: []].append(
                (
                    Self.sortKey(paidOn),
                    Payment(
                        id: row[0], invoiceID: invoiceID, amount: Money(minorUnits: row[2], currency: currency),
                        date: decoder.day(paidOn), note: row[4])
                ))
        }
        for (clientID, keyed) in paymentKeys {
            files[clientID]?.payments = keyed.sorted { a, b in
                a.paidOn != b.paidOn ? a.paidOn < b.paidOn : a.payment.id < b.payment.id
            }.map(\.payment)
        }

        for row in try Row.fetchAll(db, sql: "SELECT * FROM contact_event \(clientFilter) ORDER BY happened_on, id") {
            guard files[row["client_id"]] != nil, let channel = ContactEvent.Channel(rawValue: row["channel"]),
                let outcome = ContactEvent.Outcome(rawValue: row["outcome"])
            else { continue }
            files[row["client_id"]]?.events.append(
                ContactEvent(
                    id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"], channel: channel, outcome: outcome,
                    date: day(row["happened_on"]), note: row["note"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM promise \(clientFilter) ORDER BY made_on, id") {
            guard files[row["client_id"]] != nil else { continue }
            let amount: Money? = {
                guard let units: Int64 = row["amount_minor"], let code: String = row["currency"],
                    let c = Currency(code: code)
                else { return nil }
                return Money(minorUnits: units, currency: c)
            }()
            files[row["client_id"]]?.promises.append(
                PaymentPromise(
                    id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"],
                    promisedFor: day(row["promised_for"]), amount: amount, madeOn: day(row["made_on"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM pause \(clientFilter) ORDER BY from_day, id") {
            guard files[row["client_id"]] != nil, let kind = FollowUpPause.Kind(rawValue: row["kind"]) else { continue }
            files[row["client_id"]]?.pauses.append(
                FollowUpPause(
                    id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"], kind: kind,
                    from: day(row["from_day"]), until: (row["until_day"] as String?).flatMap(CalendarDay.init(parsing:)),
                    resolvedOn: (row["resolved_on"] as String?).flatMap(CalendarDay.init(parsing:)), note: row["note"]))
        }
        return clientIDs.compactMap { files[$0] }
    }

    /// An integer that sorts as the text sorts under SQLite's BINARY collation, for the ISO days this store
    /// writes ("2026-11-30" → 20261130); any other text keeps the byte order of its first eight bytes,
    /// after every ISO day's, so an odd value can't reorder the valid ones.
    static func sortKey(_ text: String) -> Int {
        var digits = 0
        var count = 0
        for b in text.utf8 where b != UInt8(ascii: "-") {
            guard (48...57).contains(b), count < 8 else { return fallbackKey(text) }
            digits = digits * 10 + Int(b - 48)
            count += 1
        }
        return count == 8 && text.utf8.count == 10 ? digits : fallbackKey(text)
    }

    private static func fallbackKey(_ text: String) -> Int {
        var key = 0
        for b in text.utf8.prefix(7) { key = key << 8 | Int(b) }
        return 100_000_000 + key << (8 * (7 - min(text.utf8.count, 7)))
    }

    /// SQLite's NOCASE collation: ASCII letters folded, every other byte compared as is.
    static func noCaseLess(_ a: String, _ b: String) -> Bool {
        func fold(_ c: UInt8) -> UInt8 { (65...90).contains(c) ? c + 32 : c }
        return a.utf8.lazy.map(fold).lexicographicallyPrecedes(b.utf8.lazy.map(fold))
    }

    static func invoice(_ row: Row) -> Invoice {
        let currency = Currency(code: row["currency"]) ?? .eur
        var lateFee: LateFeeClause?
        switch row["late_fee_kind"] as String? {
        case "monthly_rate": lateFee = .monthlyRate(basisPoints: row["late_fee_value"])
        case "fixed": lateFee = .fixed(Money(minorUnits: row["late_fee_value"], currency: currency))
        default: lateFee = nil
        }
        return Invoice(
            id: row["id"], number: row["number"], clientID: row["client_id"], issued: day(row["issued"]),
            due: (row["due"] as String?).flatMap(CalendarDay.init(parsing:)),
            amount: Money(minorUnits: row["amount_minor"], currency: currency), lateFee: lateFee)
    }

    /// Dates are written by this module only, always ISO; a corrupt value reads as the epoch rather than crashing.
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text) ?? CalendarDay(ordinal: 0) }
}
