import CobradorCore
import Foundation
import Testing

@Suite("DSO and the clients paying slower")
struct ReceivablesMetricsTests {
    let today = day("2026-11-30")

    @Test func dsoIsReceivablesOverCreditSalesTimesThePeriod() throws {
        var b = FileBuilder(id: 1, name: "Ventas S.L.")
        // Issued in the last 90 days (from 2026-09-02): 3,000 €; 1,500 € of it still open.
        let a = b.invoice("A", issued: "2026-09-10", due: "2026-10-10", amount: eur("1000.00"))
        b.invoice("B", issued: "2026-11-01", due: "2026-12-01", amount: eur("2000.00"))
        b.pay(a, eur("500.00"), on: "2026-10-12")
        // Older and still open: a receivable, not a sale of the period.
        b.invoice("C", issued: "2026-07-01", due: "2026-08-01", amount: eur("300.00"))
        b.invoice("D", issued: "2026-11-15", due: "2026-12-15", amount: usd("100.00"))
        let dso = DaysSalesOutstanding.compute(ReceivablesBook(files: [b.file]), today: today)
        #expect(dso.map(\.currency.code) == ["EUR", "USD"])
        let e = dso[0]
        #expect(e.receivables == eur("2800.00"))
        #expect(e.creditSales == eur("3000.00"))
        #expect(e.from == day("2026-09-02"))
        #expect(e.periodDays == 90)
        // 2,800 / 3,000 × 90 = 84.
        #expect(e.days == 84)
        #expect(e.openInvoices == 3)
        #expect(e.invoicesIssued == 2)
        #expect(dso[1].days == 90)
    }

    @Test func dsoWithoutSalesIsUndefined() {
        var b = FileBuilder(id: 1, name: "Viejo S.L.")
        b.invoice("C", issued: "2026-01-01", due: "2026-02-01", amount: eur("300.00"))
        let dso = DaysSalesOutstanding.compute(ReceivablesBook(files: [b.file]), today: today)
        #expect(dso.count == 1)
        #expect(dso[0].days == nil)
        #expect(dso[0].receivables == eur("300.00"))
    }

    static func client(_ id: Int64, _ name: String, earlier: Int, recent: Int) -> FileBuilder {
        var b = FileBuilder(id: id, name: name)
        // Paid in the year before the last 90 days, then within the last 90 days.
        for (k, due) in ["2026-01-10", "2026-03-10", "2026-05-10"].enumerated() {
            let i = b.invoice("\(id)-E\(k)", issued: day(due).adding(days: -30).isoString, due: due, amount: eur("100.00"))
            b.pay(i, eur("100.00"), on: day(due).adding(days: earlier).isoString)
        }
        for (k, due) in ["2026-09-05", "2026-10-05"].enumerated() {
            let i = b.invoice("\(id)-R\(k)", issued: day(due).adding(days: -30).isoString, due: due, amount: eur("100.00"))
            b.pay(i, eur("100.00"), on: day(due).adding(days: recent).isoString)
        }
        return b
    }

    @Test func theClientsWhoseLatenessRoseMostComeFirst() {
        let book = ReceivablesBook(files: [
            Self.client(1, "Estable S.L.", earlier: 5, recent: 6).file,
            Self.client(2, "Empeora Poco S.L.", earlier: 2, recent: 10).file,
            Self.client(3, "Empeora Mucho S.L.", earlier: 0, recent: 30).file,
            Self.client(4, "Mejora S.L.", earlier: 20, recent: 2).file,
        ])
        let slower = PaymentSlowdown.find(book, today: today)
        #expect(slower.map(\.clientName) == ["Empeora Mucho S.L.", "Empeora Poco S.L."])
        #expect(slower[0].riseDays == 30)
        #expect(slower[0].recentPayments == 2)
        #expect(slower[0].earlierPayments == 3)
        #expect(slower[0].recentFrom == day("2026-09-02"))
        #expect(slower[0].earlierFrom == day("2025-09-02"))
    }

    @Test func tooFewPaymentsDoNotMakeATrend() {
        var b = FileBuilder(id: 1, name: "Uno S.L.")
        let i = b.invoice("U-1", issued: "2026-09-01", due: "2026-10-01", amount: eur("100.00"))
        b.pay(i, eur("100.00"), on: "2026-11-01")
        #expect(PaymentSlowdown.find(ReceivablesBook(files: [b.file]), today: today).isEmpty)
    }
}
