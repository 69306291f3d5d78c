import CobradorCore
import GRDB

extension AppDatabase: ReceivablesBookStore {
    /// The whole book, lean (no contacts, events or late-fee clauses), in one read transaction.
    public func receivablesBook() throws -> ReceivablesBook {
        try writer.read { db in
            var decoder = RowDecoder()
            var names: [Int64: String] = [:]
            let clients = try Row.fetchCursor(db, sql: "SELECT id, name FROM client")
            while let row = try clients.next() { names[row[0]] = row[1] }

            var invoices: [Invoice] = []
            invoices.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM invoice") ?? 0)
            // A million rows: read through the C API, days and codes decoded from their bytes.
            let invoiceRows = try RawStatement(db, "SELECT id, number, client_id, issued, due, amount_minor, currency FROM invoice ORDER BY id")
            try invoiceRows.forEachRow { r in
                let due = r.isNull(4) ? nil : r.withBytes(4) { decoder.optionalDay(utf8: $0) }
                invoices.append(
                    Invoice(
                        id: r.int64(0), number: r.text(1), clientID: r.int64(2), issued: r.withBytes(3) { decoder.day(utf8: $0) },
                        due: due, amount: Money(minorUnits: r.int64(5), currency: r.withBytes(6) { decoder.currency(utf8: $0) })))
            }
            // A payment's currency is its invoice's: looked up by id in an array (row ids are dense).
            let low = invoices.first?.id ?? 0
            let span = Int((invoices.last?.id ?? 0) - low) + 1
            var currencyOf: [Currency?] = invoices.isEmpty || span > invoices.count * 4 + 1024 ? [] : Array(repeating: nil, count: span)
            var sparse: [Int64: Currency] = [:]
            for inv in invoices {
                if currencyOf.isEmpty { sparse[inv.id] = inv.amount.currency } else { currencyOf[Int(inv.id - low)] = inv.amount.currency }
            }
            var payments: [Payment] = []
            payments.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM payment") ?? 0)
            let paymentRows = try RawStatement(db, "SELECT id, invoice_id, amount_minor, paid_on FROM payment ORDER BY id")
            try paymentRows.forEachRow { r in
                let invoiceID = r.int64(1)
                let k = Int(invoiceID - low)
                let currency = currencyOf.isEmpty ? sparse[invoiceID] : (k >= 0 && k < currencyOf.count ? currencyOf[k] : nil)
                guard let currency else { return }
                payments.append(
                    Payment(
                        id: r.int64(0), invoiceID: invoiceID, amount: Money(minorUnits: r.int64(2), currency: currency),
                        date: r.withBytes(3) { decoder.day(utf8: $0) }))
            }

            var promises: [PaymentPromise] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM promise ORDER BY made_on, id") {
                var amount: Money?
                if let units: Int64 = row["amount_minor"], let code: String = row["currency"], let c = Currency(code: code) {
                    amount = Money(minorUnits: units, currency: c)
                }
                promises.append(
                    PaymentPromise(
                        id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"],
                        promisedFor: Self.day(row["promised_for"]), amount: amount, madeOn: Self.day(row["made_on"])))
            }
            var pauses: [FollowUpPause] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM pause ORDER BY from_day, id") {
                guard let kind = FollowUpPause.Kind(rawValue: row["kind"]) else { continue }
                pauses.append(
                    FollowUpPause(
                        id: row["id"], clientID: row["client_id"], invoiceID: row["invoice_id"], kind: kind,
                        from: Self.day(row["from_day"]), until: (row["until_day"] as String?).flatMap(CalendarDay.init(parsing:)),
                        resolvedOn: (row["resolved_on"] as String?).flatMap(CalendarDay.init(parsing:)), note: row["note"]))
            }
            return ReceivablesBook(clientNames: names, invoices: invoices, payments: payments, promises: promises, pauses: pauses)
        }
    }
}
