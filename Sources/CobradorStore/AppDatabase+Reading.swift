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
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT i.client_id FROM invoice i
                WHERE i.amount_minor > (SELECT COALESCE(SUM(p.amount_minor), 0) FROM payment p WHERE p.invoice_id = i.id)
                """)
            return try Self.fetchFiles(db, clientIDs: ids)
        }
    }

    public func openItems() throws -> [OpenItem] {
        try writer.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT i.client_id, c.name, i.number, i.due, i.currency,
                       i.amount_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), 0) AS open
                FROM invoice i JOIN client c ON c.id = i.client_id
                WHERE open > 0
                """)
            var items: [OpenItem] = []
            var currencies: [String: Currency] = [:]
            while let row = try rows.next() {
                let code: String = row[4]
                let currency = currencies[code] ?? Currency(code: code) ?? .eur
                currencies[code] = currency
                items.append(OpenItem(
                    clientID: row[0], clientName: row[1], invoiceNumber: row[2],
                    due: (row[3] as String?).flatMap(CalendarDay.init(parsing:)),
                    outstanding: Money(minorUnits: row[5], currency: currency)))
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

    static func fetchClients(_ db: Database, where ids: [Int64]?) throws -> [Client] {
        let filter = ids.map { "WHERE id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        var clients = try Row.fetchAll(db, sql: "SELECT id, name FROM client \(filter) ORDER BY name").map {
            Client(id: $0["id"], name: $0["name"])
        }
        let position = Dictionary(uniqueKeysWithValues: clients.enumerated().map { ($1.id, $0) })
        let clientFilter = ids.map { "WHERE client_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        for row in try Row.fetchAll(db, sql: "SELECT client_id, alias FROM client_alias \(clientFilter) ORDER BY id") {
            if let i = position[row["client_id"]] { clients[i].aliases.append(row["alias"]) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT client_id, kind, value FROM client_contact \(clientFilter) ORDER BY id") {
            guard let i = position[row["client_id"]], let kind = ClientContact.Kind(rawValue: row["kind"]) else { continue }
            clients[i].contacts.append(ClientContact(kind: kind, value: row["value"]))
        }
        return clients
    }

    static func fetchFiles(_ db: Database, clientIDs: [Int64]) throws -> [ClientFile] {
        guard !clientIDs.isEmpty else { return [] }
        let list = clientIDs.map(String.init).joined(separator: ",")
        var files: [Int64: ClientFile] = [:]
        for client in try fetchClients(db, where: clientIDs) { files[client.id] = ClientFile(client: client) }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM invoice WHERE client_id IN (\(list)) ORDER BY due, number") {
            let inv = invoice(row)
            files[inv.clientID]?.invoices.append(inv)
        }
        let currencyOf = Dictionary(
            files.values.flatMap(\.invoices).map { ($0.id, ($0.clientID, $0.amount.currency)) }, uniquingKeysWith: { a, _ in a })
        for row in try Row.fetchAll(db, sql: """
            SELECT p.* FROM payment p JOIN invoice i ON i.id = p.invoice_id
            WHERE i.client_id IN (\(list)) ORDER BY p.paid_on, p.id
            """) {
            let invoiceID: Int64 = row["invoice_id"]
            guard let (clientID, currency) = currencyOf[invoiceID] else { continue }
            files[clientID]?.payments.append(Payment(
                id: row["id"], invoiceID: invoiceID, amount: Money(minorUnits: row["amount_minor"], currency: currency),
                date: day(row["paid_on"]), note: row["note"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM contact_event WHERE client_id IN (\(list)) ORDER BY happened_on, id") {
            guard let channel = ContactEvent.Channel(rawValue: row["channel"]),
                  let outcome = ContactEvent.Outcome(rawValue: row["outcome"]) else { continue }
            files[row["client_id"]]?.events.append(ContactEvent(
                id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"], channel: channel, outcome: outcome,
                date: day(row["happened_on"]), note: row["note"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM promise WHERE client_id IN (\(list)) ORDER BY made_on, id") {
            let amount: Money? = {
                guard let units: Int64 = row["amount_minor"], let code: String = row["currency"],
                      let c = Currency(code: code) else { return nil }
                return Money(minorUnits: units, currency: c)
            }()
            files[row["client_id"]]?.promises.append(PaymentPromise(
                id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"],
                promisedFor: day(row["promised_for"]), amount: amount, madeOn: day(row["made_on"])))
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM pause WHERE client_id IN (\(list)) ORDER BY from_day, id") {
            guard let kind = FollowUpPause.Kind(rawValue: row["kind"]) else { continue }
            files[row["client_id"]]?.pauses.append(FollowUpPause(
                id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"], kind: kind,
                from: day(row["from_day"]), until: (row["until_day"] as String?).flatMap(CalendarDay.init(parsing:)),
                resolvedOn: (row["resolved_on"] as String?).flatMap(CalendarDay.init(parsing:)), note: row["note"]))
        }
        return clientIDs.compactMap { files[$0] }
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
