import CobradorCore
import Foundation
import Testing

@Suite("Payment record: how a client has paid")
struct PaymentRecordTests {
    let today = day("2026-11-30")

    @Test func aNewClientHasNoHistory() {
        let b = Fixtures.initech
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.profile == .noHistory)
        #expect(r.invoicesPaid == 0)
        #expect(r.medianDaysLate == nil)
        #expect(r.onTimeSharePercent == nil)
        #expect(r.trend.direction == .unknown)
        #expect(!r.hasHistory)
    }

    @Test func twoPaidInvoicesAreNotEnoughForAVerdict() {
        var b = FileBuilder(id: 1, name: "Nuevo S.L.")
        b.paidHistory([0, 2], before: "2026-11-01")
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.invoicesPaid == 2)
        #expect(r.profile == .notEnoughHistory)
        #expect(r.medianDaysLate == 0)
    }

    @Test func anOnTimePayer() {
        var b = FileBuilder(id: 1, name: "Puntual S.L.")
        b.paidHistory([-2, 0, 0, -1, 0, 3, 0, 0, -5, 0], before: "2026-11-01")
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.invoicesPaid == 10)
        #expect(r.onTimeSharePercent == 90)
        #expect(r.medianDaysLate == 0)
        #expect(r.p90DaysLate == 0)
        #expect(r.profile == .onTime)
    }

    @Test func medianAndPercentileOfDaysLate() {
        var b = FileBuilder(id: 1, name: "Tardón S.L.")
        b.paidHistory([5, 10, 12, 30, 8, 9, 40, 11, 7, 6], before: "2026-11-01")
        let r = PaymentRecord(file: b.file, asOf: today)
        // Sorted: 5 6 7 8 9 10 11 12 30 40 — the fifth of ten is the median, the ninth the 90th percentile.
        #expect(r.medianDaysLate == 9)
        #expect(r.p90DaysLate == 30)
        #expect(r.onTimeSharePercent == 0)
        #expect(r.profile == .littleLate)
    }

    @Test func aChronicLatePayer() {
        var b = FileBuilder(id: 1, name: "Moroso S.L.")
        b.paidHistory([25, 40, 31, 60, 22], before: "2026-11-01")
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.medianDaysLate == 31)
        #expect(r.profile == .chronicallyLate)
    }

    @Test func partialPaymentsWeighByAmount() {
        var b = FileBuilder(id: 1, name: "Parcial S.L.")
        let id = b.invoice("P-1", issued: "2026-06-01", due: "2026-07-01", amount: eur("1000.00"))
        // 100 on time, 900 forty days late: most of the money came late.
        b.pay(id, eur("100.00"), on: "2026-07-01")
        b.pay(id, eur("900.00"), on: "2026-08-10")
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.payments.map(\.daysLate) == [0, 40])
        #expect(r.onTimeSharePercent == 10)
        #expect(r.medianDaysLate == 40)
        #expect(r.invoicesPaid == 1)
    }

    @Test func theGraceDaysAreConfigurable() {
        var b = FileBuilder(id: 1, name: "Transferencia S.L.")
        b.paidHistory([1, 2, 1, 2, 0], before: "2026-11-01")
        #expect(PaymentRecord(file: b.file, asOf: today).profile == .littleLate)
        let lenient = PaymentBehaviourSettings(graceDays: 2)
        let r = PaymentRecord(file: b.file, asOf: today, settings: lenient)
        #expect(r.onTimeSharePercent == 100)
        #expect(r.profile == .onTime)
    }

    @Test func laterPaymentsAreNotKnownYet() {
        var b = FileBuilder(id: 1, name: "Futuro S.L.")
        b.paidHistory([0, 0, 0], before: "2026-11-01")
        let r = PaymentRecord(file: b.file, asOf: day("2026-08-01"))
        #expect(r.invoicesPaid < 3)
    }

    @Test func promisesKeptAndBroken() {
        var b = FileBuilder(id: 1, name: "Promesas S.L.")
        let a = b.invoice("A", issued: "2026-05-01", due: "2026-06-01", amount: eur("300.00"))
        let c = b.invoice("C", issued: "2026-07-01", due: "2026-08-01", amount: eur("300.00"))
        let d = b.invoice("D", issued: "2026-09-01", due: "2026-10-01", amount: eur("300.00"))
        // Kept: promised for June 20, paid June 19.
        b.promise(for: "2026-06-20", madeOn: "2026-06-10", invoice: a)
        b.pay(a, eur("300.00"), on: "2026-06-19")
        // Broken: promised 300 for August 15, paid 100 on time and the rest late.
        b.promise(for: "2026-08-15", madeOn: "2026-08-05", amount: eur("300.00"))
        b.pay(c, eur("100.00"), on: "2026-08-14")
        b.pay(c, eur("200.00"), on: "2026-09-20")
        // Pending: the date is ahead.
        b.promise(for: "2026-12-05", madeOn: "2026-11-28", invoice: d)
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.promises.map(\.verdict) == [.kept, .broken, .pending])
        #expect(r.promisesKept == 1)
        #expect(r.promisesBroken == 1)
        #expect(r.promisesPending == 1)
        #expect(r.promises[1].paidInTime.amounts == [eur("100.00")])
    }

    @Test func aPromiseOnTheDayIsStillPending() {
        var b = FileBuilder(id: 1, name: "Hoy S.L.")
        b.invoice("A", issued: "2026-10-01", due: "2026-11-01", amount: eur("300.00"))
        b.promise(for: "2026-11-30", madeOn: "2026-11-20")
        let r = PaymentRecord(file: b.file, asOf: today)
        #expect(r.promises.map(\.verdict) == [.pending])
        let later = PaymentRecord(file: b.file, asOf: day("2026-12-01"))
        #expect(later.promises.map(\.verdict) == [.broken])
    }

    @Test func theTrendComparesTheLastSixMonthsWithBefore() {
        var worse = FileBuilder(id: 1, name: "Empeora S.L.")
        // Oldest first, one a month, the last six within six months of today.
        worse.paidHistory([1, 2, 0, 3, 1, 2, 15, 20, 18, 25, 22, 30], before: "2026-11-30")
        let w = PaymentRecord(file: worse.file, asOf: today)
        #expect(w.trend.direction == .worse)
        #expect(w.trend.recentMedianDaysLate! > w.trend.earlierMedianDaysLate!)
        #expect(w.trend.changeDays! >= 5)

        var better = FileBuilder(id: 2, name: "Mejora S.L.")
        better.paidHistory([30, 25, 28, 35, 30, 26, 2, 0, 1, 3, 0, 0], before: "2026-11-30")
        #expect(PaymentRecord(file: better.file, asOf: today).trend.direction == .better)

        var steady = FileBuilder(id: 3, name: "Igual S.L.")
        steady.paidHistory([5, 6, 4, 5, 7, 5, 6, 4, 5, 6, 5, 5], before: "2026-11-30")
        #expect(PaymentRecord(file: steady.file, asOf: today).trend.direction == .steady)
    }

    @Test func settingsDecodeWithDefaultsAndRejectNonsense() throws {
        let partial = try JSONDecoder().decode(
            PaymentBehaviourSettings.self, from: Data(#"{"chronic_median_days_late": 30}"#.utf8))
        #expect(partial.chronicMedianDaysLate == 30)
        #expect(partial.minimumPaidInvoices == PaymentBehaviourSettings.standard.minimumPaidInvoices)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PaymentBehaviourSettings.self, from: Data(#"{"on_time_share_percent": 140}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(PaymentBehaviourSettings.self, from: Data(#"{"minimum_paid_invoices": 0}"#.utf8))
        }
    }
}
