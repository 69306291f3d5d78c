import CobradorCore
import PostgresNIO

extension PostgresStore {
    public func clients() async throws -> [Client] {
        try await read { conn in try await fetchClients(conn, where: nil) }
    }

    public func clientFile(id: Int64) async throws -> ClientFile? {
        try await read { conn in try await fetchFiles(conn, clientIDs: [id]).first }
    }

    public func clientFilesWithOpenInvoices() async throws -> [ClientFile] {
        try await read { conn in
            let ids = try await conn.values(
                """
                SELECT DISTINCT i.client_id FROM invoice i
                LEFT JOIN (SELECT invoice_id, SUM(amount_minor) AS paid FROM payment GROUP BY invoice_id) p ON p.invoice_id = i.id
                WHERE i.amount_minor > COALESCE(p.paid, 0)
                ORDER BY i.client_id
                """, as: Int64.self, logger)
            return try await fetchFiles(conn, clientIDs: ids)
        }
    }

    public func openItems() async throws -> [OpenItem] {
        try await read { conn in
            let names = try await clientNames(conn)
            let rows = try await conn.query(
                """
                SELECT i.amount_minor - COALESCE(p.paid, 0), i.client_id, i.number, i.due, i.currency
                FROM invoice i
                LEFT JOIN (SELECT invoice_id, SUM(amount_minor)::BIGINT AS paid FROM payment GROUP BY invoice_id) p ON p.invoice_id = i.id
                WHERE i.amount_minor > COALESCE(p.paid, 0)
                ORDER BY i.id
                """, logger: logger)
            var items: [OpenItem] = []
            var decoder = RowDecoder()
            for try await (open, clientID, number, due, currency) in rows.decode((Int64, Int64, String, String?, String).self) {
                guard let name = names[clientID] else { continue }
                items.append(
                    OpenItem(
                        clientID: clientID, clientName: name, invoiceNumber: number, due: due.flatMap { decoder.optionalDay($0) },
                        outstanding: Money(minorUnits: open, currency: decoder.currency(currency))))
            }
            return items
        }
    }

    public func invoice(number: String) async throws -> Invoice? {
        try await read { conn in
            let rows = try await conn.query(
                "SELECT \(unescaped: Self.invoiceColumns) FROM invoice WHERE lower(number) = lower(\(number)::TEXT COLLATE \"C\")",
                logger: logger)
            for try await row in rows { return try Self.invoice(row) }
            return nil
        }
    }

    public func invoiceNumbers() async throws -> [String: Int64] {
        try await read { conn in
            var out: [String: Int64] = [:]
            for try await (number, client) in try await conn.query("SELECT number, client_id FROM invoice", logger: logger)
                .decode((String, Int64).self)
            { out[number] = client }
            return out
        }
    }

    public func recentInvoiceNumbers(limit: Int) async throws -> [String] {
        try await read { conn in
            try await conn.values("SELECT number FROM invoice ORDER BY id DESC LIMIT \(Int64(limit))", as: String.self, logger)
        }
    }

    public func auditTrail(limit: Int) async throws -> [AuditEntry] {
        try await read { conn in
            var out: [AuditEntry] = []
            let rows = try await conn.query(
                """
                SELECT id, at, "user", channel, action, detail, undone FROM audit ORDER BY id DESC LIMIT \(Int64(limit))
                """, logger: logger)
            for try await (id, at, user, channel, action, detail, undone)
                in rows
                .decode((Int64, String, String, String, String, String, Bool).self)
            {
                out.append(AuditEntry(id: id, at: at, user: user, channel: channel, action: action, detail: detail, undone: undone))
            }
            return out
        }
    }

    // MARK: - Files

    func clientNames(_ conn: PostgresConnection) async throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for try await (id, name) in try await conn.query("SELECT id, name FROM client", logger: logger).decode((Int64, String).self) {
            names[id] = name
        }
        return names
    }

    /// Above this many clients a query reads the whole table and keeps the wanted rows in Swift.
    static let bulkThreshold = 500

    /// `WHERE column = ANY(ids)`, or nothing when the rows are filtered in Swift instead.
    static func idFilter(_ column: String, _ ids: [Int64]?) -> String {
        guard let ids, ids.count <= bulkThreshold else { return "" }
        return "WHERE \(column) = ANY('{\(ids.map(String.init).joined(separator: ","))}'::BIGINT[])"
    }

    /// Clients ordered by name without case (ASCII folding under the "C" collation, as SQLite's NOCASE).
    func fetchClients(_ conn: PostgresConnection, where ids: [Int64]?) async throws -> [Client] {
        let wanted = ids.map(Set.init)
        var clients: [Client] = []
        let rows = try await conn.query(
            "SELECT id, name FROM client \(unescaped: Self.idFilter("id", ids)) ORDER BY lower(name), name", logger: logger)
        for try await (id, name) in rows.decode((Int64, String).self) {
            if let wanted, !wanted.contains(id) { continue }
            clients.append(Client(id: id, name: name))
        }
        let position = Dictionary(uniqueKeysWithValues: clients.enumerated().map { ($1.id, $0) })
        let clientFilter = Self.idFilter("client_id", ids)
        for try await (clientID, alias) in try await conn.query(
            "SELECT client_id, alias FROM client_alias \(unescaped: clientFilter) ORDER BY id", logger: logger
        ).decode((Int64, String).self) {
            if let i = position[clientID] { clients[i].aliases.append(alias) }
        }
        for try await (clientID, kindText, value) in try await conn.query(
            "SELECT client_id, kind, value FROM client_contact \(unescaped: clientFilter) ORDER BY id", logger: logger
        )
        .decode((Int64, String, String).self) {
            guard let i = position[clientID], let kind = ClientContact.Kind(rawValue: kindText) else { continue }
            clients[i].contacts.append(ClientContact(kind: kind, value: value))
        }
        return clients
    }

    /// The files of `clientIDs`, in that order, each sorted as the SQLite store sorts them: invoices by
    /// (due, number without case) with no due first, payments by (date, id), the rest by (day, id).
    // swiftlint:disable:next function_body_length
    func fetchFiles(_ conn: PostgresConnection, clientIDs: [Int64]) async throws -> [ClientFile] {
        guard !clientIDs.isEmpty else { return [] }
        let filter = Self.idFilter("client_id", clientIDs)
        var files: [Int64: ClientFile] = [:]
        files.reserveCapacity(clientIDs.count)
        for client in try await fetchClients(conn, where: clientIDs) { files[client.id] = ClientFile(client: client) }
        var decoder = RowDecoder()
        var currencyOf: [Int64: Currency] = [:]
        let invoiceRows = try await conn.query(
            "SELECT \(unescaped: Self.invoiceColumns) FROM invoice \(unescaped: filter) ORDER BY due NULLS FIRST, lower(number), number",
            logger: logger)
        for try await row in invoiceRows {
            let invoice = try Self.invoice(row, &decoder)
            guard files[invoice.clientID] != nil else { continue }
            files[invoice.clientID]?.invoices.append(invoice)
            currencyOf[invoice.id] = invoice.amount.currency
        }
        let paymentFilter = filter.isEmpty ? "" : "WHERE invoice_id IN (SELECT id FROM invoice \(filter))"
        let paymentRows = try await conn.query(
            "SELECT id, invoice_id, amount_minor, paid_on, note FROM payment \(unescaped: paymentFilter) ORDER BY paid_on, id",
            logger: logger)
        var clientOf: [Int64: Int64] = [:]
        for file in files.values { for inv in file.invoices { clientOf[inv.id] = file.client.id } }
        for try await (id, invoiceID, amount, paidOn, note) in paymentRows.decode((Int64, Int64, Int64, String, String?).self) {
            guard let clientID = clientOf[invoiceID], let currency = currencyOf[invoiceID] else { continue }
            files[clientID]?.payments.append(
                Payment(
                    id: id, invoiceID: invoiceID, amount: Money(minorUnits: amount, currency: currency), date: decoder.day(paidOn), note: note))
        }
        let events = try await conn.query(
            """
            SELECT id, client_id, invoice_id, channel, outcome, happened_on, note FROM contact_event \(unescaped: filter)
            ORDER BY happened_on, id
            """, logger: logger)
        for try await (id, clientID, invoiceID, channelText, outcomeText, day, note)
            in events
            .decode((Int64, Int64, Int64?, String, String, String, String?).self)
        {
            guard files[clientID] != nil, let channel = ContactEvent.Channel(rawValue: channelText),
                let outcome = ContactEvent.Outcome(rawValue: outcomeText)
            else { continue }
            files[clientID]?.events.append(
                ContactEvent(
                    id: id, clientID: clientID, invoiceID: invoiceID, channel: channel, outcome: outcome, date: decoder.day(day), note: note))
        }
        for promise in try await fetchPromises(conn, filter: filter, &decoder) where files[promise.clientID] != nil {
            files[promise.clientID]?.promises.append(promise)
        }
        for pause in try await fetchPauses(conn, filter: filter, &decoder) where files[pause.clientID] != nil {
            files[pause.clientID]?.pauses.append(pause)
        }
        return clientIDs.compactMap { files[$0] }
    }

    func fetchPromises(_ conn: PostgresConnection, filter: String, _ decoder: inout RowDecoder) async throws -> [PaymentPromise] {
        var out: [PaymentPromise] = []
        let rows = try await conn.query(
            """
            SELECT id, client_id, invoice_id, promised_for, amount_minor, currency, made_on FROM promise \(unescaped: filter)
            ORDER BY made_on, id
            """, logger: logger)
        for try await (id, clientID, invoiceID, promisedFor, units, code, madeOn)
            in rows
            .decode((Int64, Int64, Int64?, String, Int64?, String?, String).self)
        {
            var amount: Money?
            if let units, let code, let currency = Currency(code: code) { amount = Money(minorUnits: units, currency: currency) }
            out.append(
                PaymentPromise(
                    id: id, clientID: clientID, invoiceID: invoiceID, promisedFor: decoder.day(promisedFor), amount: amount,
                    madeOn: decoder.day(madeOn)))
        }
        return out
    }

    func fetchPauses(_ conn: PostgresConnection, filter: String, _ decoder: inout RowDecoder) async throws -> [FollowUpPause] {
        var out: [FollowUpPause] = []
        let rows = try await conn.query(
            """
            SELECT id, client_id, invoice_id, kind, from_day, until_day, resolved_on, note FROM pause \(unescaped: filter)
            ORDER BY from_day, id
            """, logger: logger)
        for try await (id, clientID, invoiceID, kindText, from, until, resolved, note)
            in rows
            .decode((Int64, Int64, Int64?, String, String, String?, String?, String?).self)
        {
            guard let kind = FollowUpPause.Kind(rawValue: kindText) else { continue }
            out.append(
                FollowUpPause(
                    id: id, clientID: clientID, invoiceID: invoiceID, kind: kind, from: decoder.day(from),
                    until: until.flatMap(CalendarDay.init(parsing:)), resolvedOn: resolved.flatMap(CalendarDay.init(parsing:)), note: note))
        }
        return out
    }

    // MARK: - Invoices

    static let invoiceColumns = "id, number, client_id, issued, due, amount_minor, currency, late_fee_kind, late_fee_value"

    static func invoice(_ row: PostgresRow) throws -> Invoice {
        var decoder = RowDecoder()
        return try invoice(row, &decoder)
    }

    static func invoice(_ row: PostgresRow, _ decoder: inout RowDecoder) throws -> Invoice {
        let (id, number, clientID, issued, due, amount, code, feeKind, feeValue) = try row.decode(
            (Int64, String, Int64, String, String?, Int64, String, String?, Int64?).self)
        let currency = decoder.currency(code)
        var lateFee: LateFeeClause?
        switch (feeKind, feeValue) {
        case ("monthly_rate", let value?): lateFee = .monthlyRate(basisPoints: Int(value))
        case ("fixed", let value?): lateFee = .fixed(Money(minorUnits: value, currency: currency))
        default: lateFee = nil
        }
        return Invoice(
            id: id, number: number, clientID: clientID, issued: decoder.day(issued), due: due.flatMap { decoder.optionalDay($0) },
            amount: Money(minorUnits: amount, currency: currency), lateFee: lateFee)
    }
}
