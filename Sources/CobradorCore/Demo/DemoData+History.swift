import Foundation

extension DemoData {
    /// A year of one demo client's paid invoices: one a month, each paid `lateness[k]` days after its
    /// due date (negative: early), oldest first, the newest paid a few days before today.
    struct History {
        let client: String
        let prefix: String
        let amount: Int64
        let currency: String
        let termDays: Int
        let lateness: [Int]
        /// Invoices (by position in `lateness`) with a promise made ten days before it was paid,
        /// kept (promised for the day it came) or broken (promised ten days earlier than that).
        var kept: [Int] = []
        var broken: [Int] = []

        static let all: [History] = [
            History(
                client: "Taller Ribera S.L.", prefix: "TR", amount: 120_000, currency: "EUR", termDays: 30,
                lateness: [0, -2, 0, 0, -1, 0, 0, -3, 0, 0]),
            History(
                client: "Acme Iberia S.L.", prefix: "AI", amount: 95_000, currency: "EUR", termDays: 30,
                lateness: [0, 0, -1, 0, 2, 0, 0, 0, -2, 0, 0]),
            History(
                client: "Northwind Traders Inc.", prefix: "NW", amount: 280_000, currency: "USD", termDays: 30,
                lateness: [5, 8, 3, 10, 6, 7, 9, 4, 6, 8]),
            // Getting worse: a few days late for most of the year, three weeks and more lately.
            History(
                client: "Umbra Logística S.A.", prefix: "UL", amount: 210_000, currency: "EUR", termDays: 30,
                lateness: [2, 1, 3, 2, 0, 4, 2, 15, 18, 25, 28]),
            History(
                client: "Verde Agrícola S.A. de C.V.", prefix: "VA", amount: 3_500_000, currency: "MXN", termDays: 30,
                lateness: [35, 42, 28, 50, 38, 45, 31, 40]),
            History(
                client: "Estudio Peña & Asociados", prefix: "EP", amount: 150_000, currency: "EUR", termDays: 30,
                lateness: [3, 5, 2, 7, 4, 6, 3, 8]),
            History(
                client: "Café La Alameda", prefix: "CA", amount: 9_500, currency: "EUR", termDays: 15,
                lateness: [0, 0, 0, -1, 0, 0]),
            History(
                client: "Hielo Norte S.A. de C.V.", prefix: "HN", amount: 1_200_000, currency: "MXN", termDays: 30,
                lateness: [10, 12, 8, 9, 11], kept: [1, 3]),
            History(
                client: "Wayne Studio LLC", prefix: "WS", amount: 450_000, currency: "USD", termDays: 30,
                lateness: [9, 14, 6, 7, 10], broken: [2, 4]),
        ]

        /// Days before today the newest invoice was issued, so that its payment still lies in the past.
        var newestIssuedDaysAgo: Int { termDays + max(0, lateness.max() ?? 0) + 5 }

        func issuedDaysAgo(_ k: Int) -> Int { newestIssuedDaysAgo + 30 * (lateness.count - 1 - k) }
        func paidDaysAgo(_ k: Int) -> Int { issuedDaysAgo(k) - termDays - lateness[k] }
        func number(_ k: Int) -> String { "\(prefix)-H\(k + 1 < 10 ? "0" : "")\(k + 1)" }
        /// Amounts vary a little from month to month, deterministically.
        func amount(_ k: Int) -> Int64 { amount * Int64(80 + (k * 37) % 45) / 100 }

        var lines: [Line] {
            lateness.indices.map { k in
                Line(
                    number: number(k), client: client, email: "", phone: "", person: "", issuedDaysAgo: issuedDaysAgo(k),
                    dueInDays: termDays - issuedDaysAgo(k), amount: Self.decimal(amount(k)), currency: currency, paid: "0")
            }
        }

        var facts: [Fact] {
            var out: [Fact] = []
            for k in lateness.indices {
                let paid = paidDaysAgo(k)
                if kept.contains(k) { out.append(.invoicePromise(invoice: number(k), promisedDaysAgo: paid, madeDaysAgo: paid + 10)) }
                if broken.contains(k) {
                    out.append(.invoicePromise(invoice: number(k), promisedDaysAgo: paid + 5, madeDaysAgo: paid + 10))
                }
                out.append(.payment(invoice: number(k), amount: Self.decimal(amount(k)), daysAgo: paid))
            }
            return out
        }

        static func decimal(_ minor: Int64) -> String { "\(minor / 100).\(minor % 100 < 10 ? "0" : "")\(minor % 100)" }
    }
}
