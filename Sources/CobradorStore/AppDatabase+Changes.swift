import CobradorCore
import Foundation
import GRDB

/// How to take a change back, kept with its audit entry.
enum UndoStep: Codable {
    case delete(table: String, id: Int64)
    case unresolvePauses(ids: [Int64])
}

extension AppDatabase {
    public func apply(_ change: LedgerChange, by actor: Actor) throws -> ChangeReceipt {
        try writer.write { db in
            let (rowID, detail, undo) = try Self.perform(change, db)
            let auditID = try insertAudit(db, actor: actor, action: Self.actionName(change), detail: detail, undo: undo)
            if change.changesNames { try Self.noteNamesChanged(db) }
            return ChangeReceipt(auditID: auditID, rowID: rowID)
        }
    }

    public func apply(all changes: [LedgerChange], by actor: Actor) throws -> [ChangeReceipt] {
        try writer.write { db in
            var batch: Int64?
            return try changes.map { change in
                let (rowID, detail, undo) = try Self.perform(change, db)
                let auditID = try insertAudit(db, actor: actor, action: Self.actionName(change), detail: detail, undo: undo)
                if change.changesNames { try Self.noteNamesChanged(db) }
                if batch == nil { batch = auditID }
                try db.execute(sql: "UPDATE audit SET batch = ? WHERE id = ?", arguments: [batch, auditID])
                return ChangeReceipt(auditID: auditID, rowID: rowID)
            }
        }
    }

    /// The newest change by this user through this channel that can still be undone (all its rows).
    public func lastUndoable(by actor: Actor) throws -> (receipts: [ChangeReceipt], detail: String)? {
        try writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, COALESCE(batch, id) AS batch, detail FROM audit
                        WHERE user = ? AND channel = ? AND undo IS NOT NULL AND undone = 0 AND action != 'undo'
                        ORDER BY id DESC LIMIT 1
                        """, arguments: [actor.user, actor.channel])
            else { return nil }
            let batch: Int64 = row["batch"]
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM audit WHERE (batch = ? OR id = ?) AND undone = 0 AND undo IS NOT NULL ORDER BY id
                    """, arguments: [batch, batch])
            let details = try String.fetchAll(db, sql: "SELECT detail FROM audit WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
            return (ids.map { ChangeReceipt(auditID: $0, rowID: 0) }, details.joined(separator: "; "))
        }
    }

    public func undo(_ receipts: [ChangeReceipt], by actor: Actor) throws {
        try writer.write { db in
            for receipt in receipts.sorted(by: { $0.auditID > $1.auditID }) { try undoOne(receipt, actor: actor, db) }
            // Undo is rare: whatever it took back, the names may have changed.
            try Self.noteNamesChanged(db)
        }
    }

    /// Moves `namesToken()`, in the transaction that changed the names.
    static func noteNamesChanged(_ db: Database) throws {
        try db.execute(sql: "UPDATE names_version SET version = version + 1 WHERE id = 1")
    }

    func undoOne(_ receipt: ChangeReceipt, actor: Actor, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE id = ?", arguments: [receipt.auditID]) else {
            throw LedgerError.nothingToUndo
        }
        if (row["undone"] as Int) == 1 { throw LedgerError.alreadyUndone }
        guard let json: String = row["undo"], let steps = try? JSONDecoder().decode([UndoStep].self, from: Data(json.utf8))
        else { throw LedgerError.nothingToUndo }
        for step in steps {
            switch step {
            case .delete(let table, let id):
                guard ["client", "client_alias", "client_contact", "invoice", "payment", "contact_event", "promise", "pause"].contains(table)
                else { throw LedgerError.nothingToUndo }
                do {
                    try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    throw LedgerError.invalid("in use")
                }
            case .unresolvePauses(let ids):
                for id in ids { try db.execute(sql: "UPDATE pause SET resolved_on = NULL WHERE id = ?", arguments: [id]) }
            }
        }
        try db.execute(sql: "UPDATE audit SET undone = 1 WHERE id = ?", arguments: [receipt.auditID])
        _ = try insertAudit(db, actor: actor, action: "undo", detail: "undo of #\(receipt.auditID): \(row["detail"] as String)", undo: nil)
    }

    func insertAudit(_ db: Database, actor: Actor, action: String, detail: String, undo: [UndoStep]?) throws -> Int64 {
        let undoJSON = try undo.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.execute(
            sql: "INSERT INTO audit (at, user, channel, action, detail, undo) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [timestamp(), actor.user, actor.channel, action, detail, undoJSON])
        return db.lastInsertedRowID
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

    static func requireClient(_ db: Database, _ id: Int64) throws -> String {
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM client WHERE id = ?", arguments: [id]) else {
            throw LedgerError.unknownClient(id)
        }
        return name
    }

    static func requireInvoice(_ db: Database, _ id: Int64) throws -> Invoice {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM invoice WHERE id = ?", arguments: [id]) else {
            throw LedgerError.unknownInvoice("#\(id)")
        }
        return invoice(row)
    }

    // swiftlint:disable:next function_body_length
    static func perform(_ change: LedgerChange, _ db: Database) throws -> (Int64, String, [UndoStep]) {
        switch change {
        case .addClient(let name, let contacts):
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw LedgerError.invalid("empty name") }
            if try Int64.fetchOne(db, sql: "SELECT id FROM client WHERE name = ?", arguments: [trimmed]) != nil {
                throw LedgerError.invalid("client exists")
            }
            try db.execute(sql: "INSERT INTO client (name) VALUES (?)", arguments: [trimmed])
            let id = db.lastInsertedRowID
            for c in contacts {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO client_contact (client_id, kind, value) VALUES (?, ?, ?)",
                    arguments: [id, c.kind.rawValue, c.value])
            }
            return (id, "client \(trimmed)", [.delete(table: "client", id: id)])

        case .addInvoice(var new):
            var undo: [UndoStep] = []
            if let newName = new.newClientName {
                let (id, _, steps) = try perform(.addClient(name: newName, contacts: []), db)
                new.clientID = id
                undo = steps
            }
            let clientName = try requireClient(db, new.clientID)
            guard new.amount.isPositive else { throw LedgerError.nonPositiveAmount }
            if try Int64.fetchOne(db, sql: "SELECT id FROM invoice WHERE number = ?", arguments: [new.number]) != nil {
                throw LedgerError.duplicateInvoice(new.number)
            }
            if let due = new.due, due < new.issued { throw LedgerError.invalid("due before issued") }
            let (feeKind, feeValue): (String?, Int64?) = {
                switch new.lateFee {
                case .monthlyRate(let bp): return ("monthly_rate", Int64(bp))
                case .fixed(let m): return ("fixed", m.minorUnits)
                case nil: return (nil, nil)
                }
            }()
            try db.execute(
                sql: """
                    INSERT INTO invoice (number, client_id, issued, due, amount_minor, currency, late_fee_kind, late_fee_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    new.number, new.clientID, new.issued.isoString, new.due?.isoString, new.amount.minorUnits,
                    new.amount.currency.code, feeKind, feeValue,
                ])
            let id = db.lastInsertedRowID
            return (
                id, "invoice \(new.number) for \(clientName): \(new.amount) due \(new.due?.isoString ?? "-")",
                [.delete(table: "invoice", id: id)] + undo
            )

        case .recordPayment(let invoiceID, let amount, let date, let note):
            let inv = try requireInvoice(db, invoiceID)
            guard amount.isPositive else { throw LedgerError.nonPositiveAmount }
            guard amount.currency == inv.amount.currency else {
                throw LedgerError.currencyMismatch(expected: inv.amount.currency, got: amount.currency)
            }
            try db.execute(
                sql: "INSERT INTO payment (invoice_id, amount_minor, paid_on, note) VALUES (?, ?, ?, ?)",
                arguments: [invoiceID, amount.minorUnits, date.isoString, note])
            let id = db.lastInsertedRowID
            return (id, "payment \(amount) on \(inv.number) dated \(date)", [.delete(table: "payment", id: id)])

        case .logContact(let clientID, let invoiceID, let channel, let outcome, let date, let note):
            let name = try requireClient(db, clientID)
            if let invoiceID { _ = try requireInvoice(db, invoiceID) }
            try db.execute(
                sql: """
                    INSERT INTO contact_event (client_id, invoice_id, channel, outcome, happened_on, note)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [clientID, invoiceID, channel.rawValue, outcome.rawValue, date.isoString, note])
            let id = db.lastInsertedRowID
            return (id, "\(channel.rawValue) \(outcome.rawValue) with \(name) on \(date)", [.delete(table: "contact_event", id: id)])

        case .promise(let clientID, let invoiceID, let promisedFor, let amount, let madeOn):
            let name = try requireClient(db, clientID)
            if let invoiceID { _ = try requireInvoice(db, invoiceID) }
            if let amount, !amount.isPositive { throw LedgerError.nonPositiveAmount }
            try db.execute(
                sql: """
                    INSERT INTO promise (client_id, invoice_id, promised_for, amount_minor, currency, made_on)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [clientID, invoiceID, promisedFor.isoString, amount?.minorUnits, amount?.currency.code, madeOn.isoString])
            let id = db.lastInsertedRowID
            return (id, "\(name) promised to pay \(amount.map { "\($0) " } ?? "")by \(promisedFor)", [.delete(table: "promise", id: id)])

        case .addContact(let clientID, let contact):
            let name = try requireClient(db, clientID)
            let value = contact.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw LedgerError.invalid("empty contact") }
            if let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM client_contact WHERE client_id = ? AND kind = ? AND value = ?",
                arguments: [clientID, contact.kind.rawValue, value])
            {
                return (existing, "\(contact.kind.rawValue) \(value) already on record for \(name)", [])
            }
            try db.execute(
                sql: "INSERT INTO client_contact (client_id, kind, value) VALUES (?, ?, ?)",
                arguments: [clientID, contact.kind.rawValue, value])
            let id = db.lastInsertedRowID
            return (id, "\(contact.kind.rawValue) \(value) for \(name)", [.delete(table: "client_contact", id: id)])

        case .addAlias(let clientID, let alias):
            let name = try requireClient(db, clientID)
            let value = alias.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { throw LedgerError.invalid("empty alias") }
            try db.execute(sql: "INSERT OR IGNORE INTO client_alias (client_id, alias) VALUES (?, ?)", arguments: [clientID, value])
            let id = db.lastInsertedRowID
            return (id, "alias \(value) for \(name)", [.delete(table: "client_alias", id: id)])

        case .pause(let clientID, let invoiceID, let kind, let from, let until, let note):
            let name = try requireClient(db, clientID)
            if let invoiceID { _ = try requireInvoice(db, invoiceID) }
            if let until, until < from { throw LedgerError.invalid("until before from") }
            try db.execute(
                sql: "INSERT INTO pause (client_id, invoice_id, kind, from_day, until_day, note) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [clientID, invoiceID, kind.rawValue, from.isoString, until?.isoString, note])
            let id = db.lastInsertedRowID
            return (
                id, "\(kind.rawValue) for \(name) from \(from)\(until.map { " until \($0)" } ?? "")",
                [.delete(table: "pause", id: id)]
            )

        case .resumeFollowUp(let clientID, let day):
            let name = try requireClient(db, clientID)
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM pause WHERE client_id = ? AND resolved_on IS NULL", arguments: [clientID])
            for id in ids {
                try db.execute(sql: "UPDATE pause SET resolved_on = ? WHERE id = ?", arguments: [day.isoString, id])
            }
            return (clientID, "follow-up of \(name) resumed on \(day) (\(ids.count) pause(s) closed)", [.unresolvePauses(ids: ids)])
        }
    }
}
