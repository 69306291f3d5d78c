import CobradorCore
import PostgresNIO

extension PostgresStore: ReceivablesBookStore {
    /// The whole book, lean, in one REPEATABLE READ transaction so that every table is read as of one moment.
    public func receivablesBook() async throws -> ReceivablesBook {
        try await read { conn in
            try await conn.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            do {
                let book = try await readBook(conn)
                try await conn.query("COMMIT", logger: logger)
                return book
            } catch {
                _ = try? await conn.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    private func readBook(_ conn: PostgresConnection) async throws -> ReceivablesBook {
        var decoder = RowDecoder()
        let names = try await clientNames(conn)
        var invoices: [Invoice] = []
        var currencyOf: [Int64: Currency] = [:]
        let invoiceRows = try await conn.query(
            "SELECT id, number, client_id, issued, due, amount_minor, currency FROM invoice ORDER BY id", logger: logger)
        for try await (id, number, clientID, issued, due, amount, code)
            in invoiceRows
            .decode((Int64, String, Int64, String, String?, Int64, String).self)
        {
            let currency = decoder.currency(code)
            invoices.append(
                Invoice(
                    id: id, number: number, clientID: clientID, issued: decoder.day(issued), due: due.flatMap { decoder.optionalDay($0) },
                    amount: Money(minorUnits: amount, currency: currency)))
            currencyOf[id] = currency
        }
        var payments: [Payment] = []
        let paymentRows = try await conn.query("SELECT id, invoice_id, amount_minor, paid_on FROM payment ORDER BY id", logger: logger)
        for try await (id, invoiceID, amount, paidOn) in paymentRows.decode((Int64, Int64, Int64, String).self) {
            guard let currency = currencyOf[invoiceID] else { continue }
            payments.append(
                Payment(
                    id: id, invoiceID: invoiceID, amount: Money(minorUnits: amount, currency: currency), date: decoder.day(paidOn)))
        }
        let promises = try await fetchPromises(conn, filter: "", &decoder)
        let pauses = try await fetchPauses(conn, filter: "", &decoder)
        return ReceivablesBook(clientNames: names, invoices: invoices, payments: payments, promises: promises, pauses: pauses)
    }
}
