import CobradorCore
import Foundation

/// One invoice of the generated book, with the payments its client's habit gives it (only those made
/// by the book's last day).
struct GeneratedInvoice: Sendable {
    var number: String
    var client: Int
    var currency: Currency
    var issued: CalendarDay
    var due: CalendarDay
    var amount: Int64
    var payments: [(amount: Int64, day: CalendarDay)]

    var paid: Int64 { payments.reduce(0) { $0 + $1.amount } }
}

/// The generator's invoices in order, deterministic from the scale's seed: what the CSV is written from
/// and what the forecast backtest reads as the book's true history.
struct GeneratedInvoices: Sequence, IteratorProtocol {
    let scale: BenchScale
    let today: CalendarDay
    private var rng: SplitMix64
    private var habits: [PaymentHabit]
    private var n = 0

    init(scale: BenchScale, today: CalendarDay) {
        self.scale = scale
        self.today = today
        rng = SplitMix64(seed: scale.seed)
        habits = (0..<scale.clients).map { PaymentHabit(client: $0, seed: scale.seed) }
    }

    mutating func next() -> GeneratedInvoice? {
        guard n < scale.invoices else { return nil }
        defer { n += 1 }
        // Skewed towards some clients (a few big accounts, a long tail), yet every client appears.
        let client = n < scale.clients ? n : Int(Double(scale.clients) * rng.unit() * rng.unit())
        let home = DataSetGenerator.homeCurrency(client)
        let currency = rng.unit() < 0.1 ? [Currency.eur, .usd, .mxn][Int(rng.next() % 3)] : home
        let issued = today.adding(days: -Int(rng.next() % 540))
        let due = issued.adding(days: [15, 30, 30, 45, 60][Int(rng.next() % 5)])
        // Between 50 and 20,000 in major units, log-uniform, to the cent.
        let amount = Int64(5_000 * pow(400, rng.unit()))
        let payments = habits[client].payments(amount: amount, due: due, origin: today.adding(days: -540), rng: &rng)
            .filter { $0.1 <= today }.map { (amount: $0.0, day: Swift.max($0.1, issued)) }
        return GeneratedInvoice(
            number: "INV-\(String(format: "%07d", n + 1))", client: client, currency: currency, issued: issued, due: due,
            amount: amount, payments: payments)
    }

    /// The whole book as the forecast reads it (client ids 1…clients, invoice ids 1…invoices, as an
    /// import into an empty database numbers them).
    static func book(scale: BenchScale, today: CalendarDay) -> ReceivablesBook {
        let names = DataSetGenerator.clientNames(scale.clients)
        var invoices: [Invoice] = []
        var payments: [Payment] = []
        invoices.reserveCapacity(scale.invoices)
        payments.reserveCapacity(scale.invoices)
        for (k, g) in GeneratedInvoices(scale: scale, today: today).enumerated() {
            let id = Int64(k + 1)
            invoices.append(
                Invoice(
                    id: id, number: g.number, clientID: Int64(g.client + 1), issued: g.issued, due: g.due,
                    amount: Money(minorUnits: g.amount, currency: g.currency)))
            for p in g.payments {
                payments.append(
                    Payment(
                        id: Int64(payments.count + 1), invoiceID: id, amount: Money(minorUnits: p.amount, currency: g.currency), date: p.day))
            }
        }
        var clientNames: [Int64: String] = [:]
        for (i, name) in names.enumerated() { clientNames[Int64(i + 1)] = name }
        return ReceivablesBook(clientNames: clientNames, invoices: invoices, payments: payments)
    }
}
