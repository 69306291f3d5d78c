import CobradorCore
import Foundation
import PostgresNIO

extension PostgresStore {
    public func apply(_ change: LedgerChange, by actor: Actor) async throws -> ChangeReceipt {
        try await write(ledger: true) { conn in
            let (rowID, detail, undo) = try await perform(change, conn)
            let auditID = try await insertAudit(conn, actor: actor, action: Self.actionName(change), detail: detail, undo: undo)
            if change.changesNames { try await noteNamesChanged(conn) }
            return ChangeReceipt(auditID: auditID, rowID: rowID)
        }
    }

    public func apply(all changes: [LedgerChange], by actor: Actor) async throws -> [ChangeReceipt] {
        try await write(ledger: true) { conn in
            var batch: Int64?
            var receipts: [ChangeReceipt] = []
            for change in changes {
                let (rowID, detail, undo) = try await perform(change, conn)
                let auditID = try await insertAudit(conn, actor: actor, action: Self.actionName(change), detail: detail, undo: undo)
                if change.changesNames { try await noteNamesChanged(conn) }
                if batch == nil { batch = auditID }
                try await conn.query("UPDATE audit SET batch = \(batch) WHERE id = \(auditID)", logger: logger)
                receipts.append(ChangeReceipt(auditID: auditID, rowID: rowID))
            }
            return receipts
        }
    }

    public func lastUndoable(by actor: Actor) async throws -> (receipts: [ChangeReceipt], detail: String)? {
        let found: ([Int64], [String])? = try await read { conn in
            let rows = try await conn.query(
                """
                SELECT COALESCE(batch, id) FROM audit
                WHERE "user" = \(actor.user) AND channel = \(actor.channel) AND undo IS NOT NULL AND NOT undone AND action <> 'undo'
                ORDER BY id DESC LIMIT 1
                """, logger: logger
            ).collect()
            guard let batch = try rows.first?.decode(Int64.self) else { return nil }
            let entries = try await conn.query(
                """
                SELECT id, detail FROM audit WHERE (batch = \(batch) OR id = \(batch)) AND NOT undone AND undo IS NOT NULL ORDER BY id
                """, logger: logger
            ).collect().map { try $0.decode((Int64, String).self) }
            return (entries.map(\.0), entries.map(\.1))
        }
        guard let (ids, details) = found else { return nil }
        return (ids.map { ChangeReceipt(auditID: $0, rowID: 0) }, details.joined(separator: "; "))
    }

    public func undo(_ receipts: [ChangeReceipt], by actor: Actor) async throws {
        try await write(ledger: true) { conn in
            for receipt in receipts.sorted(by: { $0.auditID > $1.auditID }) { try await undoOne(receipt, actor: actor, conn) }
            // Undo is rare: whatever it took back, the names may have changed.
            try await noteNamesChanged(conn)
        }
    }

    /// Moves `namesToken()`, in the transaction that changed the names.
    func noteNamesChanged(_ conn: PostgresConnection) async throws {
        try await conn.query("UPDATE names_version SET version = version + 1 WHERE id = 1", logger: logger)
    }

    /// The audit row is locked first: of two processes undoing the same change, the second waits and
    /// then finds it undone.
    private func undoOne(_ receipt: ChangeReceipt, actor: Actor, _ conn: PostgresConnection) async throws {
        let rows = try await conn.query(
            "SELECT undone, undo, detail FROM audit WHERE id = \(receipt.auditID) FOR UPDATE", logger: logger
        ).collect()
        guard let (undone, json, detail) = try rows.first?.decode((Bool, String?, String).self) else { throw LedgerError.nothingToUndo }
        if undone { throw LedgerError.alreadyUndone }
        guard let json, let steps = try? JSONDecoder().decode([UndoStep].self, from: Data(json.utf8)) else { throw LedgerError.nothingToUndo }
        for step in steps {
            switch step {
            case .delete(let table, let id):
                guard UndoStep.tables.contains(table) else { throw LedgerError.nothingToUndo }
                do {
                    try await conn.query("DELETE FROM \(unescaped: table) WHERE id = \(id)", logger: logger)
                } catch  where Self.sqlState(error) == "23503" {
                    throw LedgerError.invalid("in use")
                }
            case .unresolvePauses(let ids):
                try await conn.query("UPDATE pause SET resolved_on = NULL WHERE id = ANY(\(ids))", logger: logger)
            }
        }
        try await conn.query("UPDATE audit SET undone = true WHERE id = \(receipt.auditID)", logger: logger)
        _ = try await insertAudit(conn, actor: actor, action: "undo", detail: "undo of #\(receipt.auditID): \(detail)", undo: nil)
    }

    func insertAudit(_ conn: PostgresConnection, actor: Actor, action: String, detail: String, undo: [UndoStep]?) async throws -> Int64 {
        let undoJSON = try undo.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let id = try await conn.value(
            """
            INSERT INTO audit (at, "user", channel, action, detail, undo)
            VALUES (\(timestamp()), \(actor.user), \(actor.channel), \(action), \(detail), \(undoJSON)) RETURNING id
            """, as: Int64.self, logger)
        guard let id else { throw LedgerError.invalid("audit not written") }
        return id
    }

    static func actionName(_ change: LedgerChange) -> String {
        switch change {
        case .addClient: return "add_client"
        case .addInvoice: return "add_invoice"
        case .recordPayment: return "record_payment"
        case .logContact: return "log_contact"
        case .promise: return "promise_to_pay"
        case .addContact: return "update_contact"
        case .addAlias: return "add_alias"
        case .pause: return "pause_followup"
        case .resumeFollowUp: return "resume_followup"
        }
    }

    func requireClient(_ conn: PostgresConnection, _ id: Int64) async throws -> String {
        guard let name = try await conn.value("SELECT name FROM client WHERE id = \(id)", as: String.self, logger) else {
            throw LedgerError.unknownClient(id)
        }
        return name
    }

    /// Locks the invoice row against deletion (an undo, an import withdrawing it) until the commit; other
    /// payments to the same invoice do not wait.
    func requireInvoice(_ conn: PostgresConnection, _ id: Int64) async throws -> Invoice {
        let rows = try await conn.query("SELECT \(unescaped: Self.invoiceColumns) FROM invoice WHERE id = \(id) FOR SHARE", logger: logger)
        for try await row in rows { return try Self.invoice(row) }
        throw LedgerError.unknownInvoice("#\(id)")
    }

    /// One insert that gives back the new row's id (nil when `ON CONFLICT DO NOTHING` skipped it).
    func insert(_ conn: PostgresConnection, _ query: PostgresQuery) async throws -> Int64? {
        try await conn.value(query, as: Int64.self, logger)
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func perform(_ change: LedgerChange, _ conn: PostgresConnection) async throws -> (Int64, String, [UndoStep]) {
        switch change {
        case .addClient(let name, let contacts):
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw LedgerError.invalid("empty name") }
            // The unique index on lower(name) decides between two processes adding the same client.
            guard let id = try await insert(conn, "INSERT INTO client (name) VALUES (\(trimmed)) ON CONFLICT DO NOTHING RETURNING id")
            else { throw LedgerError.invalid("client exists") }
            for c in contacts {
                try await conn.query(
                    "INSERT INTO client_contact (client_id, kind, value) VALUES (\(id), \(c.kind.rawValue), \(c.value)) ON CONFLICT DO NOTHING",
                    logger: logger)
            }
            return (id, "client \(trimmed)", [.delete(table: "client", id: id)])

        case .addInvoice(var new):
            var undo: [UndoStep] = []
            if let newName = new.newClientName {
                let (id, _, steps) = try await perform(.addClient(name: newName, contacts: []), conn)
                new.clientID = id
                undo = steps
            }
            let clientName = try await requireClient(conn, new.clientID)
            guard new.amount.isPositive else { throw LedgerError.nonPositiveAmount }
            if let due = new.due, due < new.issued { throw LedgerError.invalid("due before issued") }
            let (feeKind, feeValue): (String?, Int64?) = {
                switch new.lateFee {
                case .monthlyRate(let bp): return ("monthly_rate", Int64(bp))
                case .fixed(let m): return ("fixed", m.minorUnits)
                case nil: return (nil, nil)
                }
            }()
            guard
                let id = try await insert(
                    conn,
                    """
                    INSERT INTO invoice (number, client_id, issued, due, amount_minor, currency, late_fee_kind, late_fee_value)
                    VALUES (\(new.number), \(new.clientID), \(new.issued.isoString), \(new.due?.isoString), \(new.amount.minorUnits),
                            \(new.amount.currency.code), \(feeKind), \(feeValue))
                    ON CONFLICT DO NOTHING RETURNING id
                    """)
            else { throw LedgerError.duplicateInvoice(new.number) }
            return (
                id, "invoice \(new.number) for \(clientName): \(new.amount) due \(new.due?.isoString ?? "-")",
                [.delete(table: "invoice", id: id)] + undo
            )

        case .recordPayment(let invoiceID, let amount, let date, let note):
            let inv = try await requireInvoice(conn, invoiceID)
            guard amount.isPositive else { throw LedgerError.nonPositiveAmount }
            guard amount.currency == inv.amount.currency else {
                throw LedgerError.currencyMismatch(expected: inv.amount.currency, got: amount.currency)
            }
            guard
                let id = try await insert(
                    conn,
                    """
                    INSERT INTO payment (invoice_id, amount_minor, paid_on, note)
                    VALUES (\(invoiceID), \(amount.minorUnits), \(date.isoString), \(note)) RETURNING id
                    """)
            else { throw LedgerError.invalid("payment not written") }
            return (id, "payment \(amount) on \(inv.number) dated \(date)", [.delete(table: "payment", id: id)])

        case .logContact(let clientID, let invoiceID, let channel, let outcome, let date, let note):
            let name = try await requireClient(conn, clientID)
            if let invoiceID { _ = try await requireInvoice(conn, invoiceID) }
            guard
                let id = try await insert(
                    conn,
                    """
                    INSERT INTO contact_event (client_id, invoice_id, channel, outcome, happened_on, note)
                    VALUES (\(clientID), \(invoiceID), \(channel.rawValue), \(outcome.rawValue), \(date.isoString), \(note)) RETURNING id
                    """)
            else { throw LedgerError.invalid("contact not written") }
            return (id, "\(channel.rawValue) \(outcome.rawValue) with \(name) on \(date)", [.delete(table: "contact_event", id: id)])

        case .promise(let clientID, let invoiceID, let promisedFor, let amount, let madeOn):
            let name = try await requireClient(conn, clientID)
            if let invoiceID { _ = try await requireInvoice(conn, invoiceID) }
            if let amount, !amount.isPositive { throw LedgerError.nonPositiveAmount }
            guard
                let id = try await insert(
                    conn,
                    """
                    INSERT INTO promise (client_id, invoice_id, promised_for, amount_minor, currency, made_on)
                    VALUES (\(clientID), \(invoiceID), \(promisedFor.isoString), \(amount?.minorUnits), \(amount?.currency.code),
                            \(madeOn.isoString)) RETURNING id
                    """)
            else { throw LedgerError.invalid("promise not written") }
            return (id, "\(name) promised to pay \(amount.map { "\($0) " } ?? "")by \(promisedFor)", [.delete(table: "promise", id: id)])

        case .addContact(let clientID, let contact):
            let name = try await requireClient(conn, clientID)
            let value = contact.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw LedgerError.invalid("empty contact") }
            let kind = contact.kind.rawValue
            if let id = try await insert(
                conn,
                """
                INSERT INTO client_contact (client_id, kind, value) VALUES (\(clientID), \(kind), \(value)) ON CONFLICT DO NOTHING RETURNING id
                """)
            {
                return (id, "\(kind) \(value) for \(name)", [.delete(table: "client_contact", id: id)])
            }
            let existing = try await conn.value(
                "SELECT id FROM client_contact WHERE client_id = \(clientID) AND kind = \(kind) AND value = \(value)", as: Int64.self, logger)
            return (existing ?? 0, "\(kind) \(value) already on record for \(name)", [])

        case .addAlias(let clientID, let alias):
            let name = try await requireClient(conn, clientID)
            let value = alias.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw LedgerError.invalid("empty alias") }
            if let id = try await insert(
                conn,
                """
                INSERT INTO client_alias (client_id, alias) VALUES (\(clientID), \(value)) ON CONFLICT DO NOTHING RETURNING id
                """)
            {
                return (id, "alias \(value) for \(name)", [.delete(table: "client_alias", id: id)])
            }
            let existing = try await conn.value(
                "SELECT id FROM client_alias WHERE client_id = \(clientID) AND alias = \(value)", as: Int64.self, logger)
            return (existing ?? 0, "alias \(value) for \(name)", [])

        case .pause(let clientID, let invoiceID, let kind, let from, let until, let note):
            let name = try await requireClient(conn, clientID)
            if let invoiceID { _ = try await requireInvoice(conn, invoiceID) }
            if let until, until < from { throw LedgerError.invalid("until before from") }
            guard
                let id = try await insert(
                    conn,
                    """
                    INSERT INTO pause (client_id, invoice_id, kind, from_day, until_day, note)
                    VALUES (\(clientID), \(invoiceID), \(kind.rawValue), \(from.isoString), \(until?.isoString), \(note)) RETURNING id
                    """)
            else { throw LedgerError.invalid("pause not written") }
            return (
                id, "\(kind.rawValue) for \(name) from \(from)\(until.map { " until \($0)" } ?? "")",
                [.delete(table: "pause", id: id)]
            )

        case .resumeFollowUp(let clientID, let day):
            let name = try await requireClient(conn, clientID)
            let ids = try await conn.values(
                """
                UPDATE pause SET resolved_on = \(day.isoString) WHERE client_id = \(clientID) AND resolved_on IS NULL RETURNING id
                """, as: Int64.self, logger
            ).sorted()
            return (clientID, "follow-up of \(name) resumed on \(day) (\(ids.count) pause(s) closed)", [.unresolvePauses(ids: ids)])
        }
    }
}
