import Foundation

/// Positions and groupings over a `ReceivablesBook`, built once per question: which invoices belong to
/// which client, which payments to which invoice (by date), and every payment's lateness by client.
/// Arrays of positions rather than dictionaries of arrays, so a million invoices index in a few tenths
/// of a second.
struct BookIndex {
    let book: ReceivablesBook
    /// Client ids in order; `clientOf[i]` is the position of invoice i's client here.
    let clientIDs: [Int64]
    let clientOf: [Int32]
    /// Payments of invoice i are `paymentOrder[paymentStart[i]..<paymentStart[i + 1]]`, oldest first.
    let paymentStart: [Int32]
    let paymentOrder: [Int32]
    /// Invoice positions by invoice id.
    private let invoicePosition: IDPositions

    init(_ book: ReceivablesBook) {
        self.book = book
        let invoices = book.invoices
        var clientPosition: [Int64: Int32] = [:]
        var clientIDs: [Int64] = []
        var clientOf = [Int32](repeating: 0, count: invoices.count)
        for (i, invoice) in invoices.enumerated() {
            if let p = clientPosition[invoice.clientID] {
                clientOf[i] = p
            } else {
                let p = Int32(clientIDs.count)
                clientPosition[invoice.clientID] = p
                clientIDs.append(invoice.clientID)
                clientOf[i] = p
            }
        }
        self.clientIDs = clientIDs
        self.clientOf = clientOf
        let positions = IDPositions(invoices.map(\.id))
        invoicePosition = positions

        // Counting sort of the payments by invoice, then each invoice's few payments by date.
        var start = [Int32](repeating: 0, count: invoices.count + 1)
        var owner = [Int32](repeating: -1, count: book.payments.count)
        for (k, p) in book.payments.enumerated() {
            guard let i = positions[p.invoiceID] else { continue }
            owner[k] = Int32(i)
            start[i + 1] += 1
        }
        for i in 0..<invoices.count { start[i + 1] += start[i] }
        var fill = start
        var order = [Int32](repeating: 0, count: Int(start[invoices.count]))
        for (k, i) in owner.enumerated() where i >= 0 {
            order[Int(fill[Int(i)])] = Int32(k)
            fill[Int(i)] += 1
        }
        for i in 0..<invoices.count where start[i + 1] - start[i] > 1 {
            let range = Int(start[i])..<Int(start[i + 1])
            order[range].sort { book.payments[Int($0)].date < book.payments[Int($1)].date }
        }
        paymentStart = start
        paymentOrder = order
    }

    func position(ofInvoice id: Int64) -> Int? { invoicePosition[id] }

    func payments(of invoice: Int) -> ArraySlice<Int32> {
        paymentOrder[Int(paymentStart[invoice])..<Int(paymentStart[invoice + 1])]
    }

    /// What was paid on invoice i up to and including `day`, in minor units.
    func paid(_ invoice: Int, through day: CalendarDay) -> Int64 {
        var total: Int64 = 0
        for k in payments(of: invoice) {
            let p = book.payments[Int(k)]
            guard p.date <= day else { break }
            total += p.amount.minorUnits
        }
        return total
    }

    /// Invoice i's due date, or the assumed one for an invoice issued without it.
    func due(_ invoice: Int, assumedTermDays: Int) -> CalendarDay {
        let inv = book.invoices[invoice]
        return inv.due ?? inv.issued.adding(days: assumedTermDays)
    }

    /// Every payment up to `asOf` on an invoice with a due date, grouped by client: days late, weight
    /// (share of the invoice) and the day it arrived. As `LatePayment`, in bulk.
    func lateness(asOf: CalendarDay) -> ClientLateness {
        var count = [Int32](repeating: 0, count: clientIDs.count + 1)
        for (i, invoice) in book.invoices.enumerated() where invoice.due != nil {
            for k in payments(of: i) where book.payments[Int(k)].date <= asOf { count[Int(clientOf[i]) + 1] += 1 }
        }
        for c in 0..<clientIDs.count { count[c + 1] += count[c] }
        var fill = count
        var samples = [ClientLateness.Sample](
            repeating: ClientLateness.Sample(daysLate: 0, weight: 0, paidOn: asOf), count: Int(count[clientIDs.count]))
        for (i, invoice) in book.invoices.enumerated() {
            guard let due = invoice.due, invoice.amount.minorUnits > 0 else { continue }
            let c = Int(clientOf[i])
            for k in payments(of: i) {
                let p = book.payments[Int(k)]
                guard p.date <= asOf else { break }
                let weight = min(1, Double(p.amount.minorUnits) / Double(invoice.amount.minorUnits))
                samples[Int(fill[c])] = ClientLateness.Sample(
                    daysLate: max(0, due.days(until: p.date)), weight: weight, paidOn: p.date)
                fill[c] += 1
            }
        }
        return ClientLateness(start: count, samples: samples)
    }
}

/// Invoice ids to positions: a plain array when the ids are dense (as a database's row ids are), else a dictionary.
struct IDPositions {
    private let base: Int64
    private let dense: [Int32]?
    private let sparse: [Int64: Int]

    init(_ ids: [Int64]) {
        let low = ids.min() ?? 0
        let high = ids.max() ?? 0
        if !ids.isEmpty, high - low < Int64(ids.count) * 4 + 1024 {
            var table = [Int32](repeating: -1, count: Int(high - low) + 1)
            for (i, id) in ids.enumerated() { table[Int(id - low)] = Int32(i) }
            base = low
            dense = table
            sparse = [:]
        } else {
            base = 0
            dense = nil
            var map: [Int64: Int] = [:]
            map.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() { map[id] = i }
            sparse = map
        }
    }

    subscript(id: Int64) -> Int? {
        guard let dense else { return sparse[id] }
        let k = id - base
        guard k >= 0, k < Int64(dense.count) else { return nil }
        let p = dense[Int(k)]
        return p >= 0 ? Int(p) : nil
    }
}

/// Each client's payments as lateness samples, client by client (positions as in `BookIndex.clientIDs`).
struct ClientLateness {
    struct Sample {
        var daysLate: Int
        var weight: Double
        var paidOn: CalendarDay
    }

    let start: [Int32]
    let samples: [Sample]

    func of(_ client: Int) -> ArraySlice<Sample> { samples[Int(start[client])..<Int(start[client + 1])] }

    /// The weighted median days late of a client's payments received from `since` on (all when nil),
    /// and how many payments it rests on.
    func median(_ client: Int, since: CalendarDay? = nil, until: CalendarDay? = nil) -> (days: Int, payments: Int)? {
        var days = WeightedDays()
        for s in of(client) {
            if let since, s.paidOn < since { continue }
            if let until, s.paidOn > until { continue }
            days.add(days: s.daysLate, weight: s.weight)
        }
        return days.median.map { ($0, days.count) }
    }
}
