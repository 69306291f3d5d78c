import CobradorCore
import Foundation
import Testing

@Suite("Cash forecast: by due date and by expected date, per currency")
struct CashForecastTests {
    let today = day("2026-11-30")
    let forecaster = CashForecaster()

    /// A client that pays ten days late (four payments in the last six months) with one open invoice due in five days.
    static func tenDaysLate(id: Int64 = 1, name: String = "Diez Días S.L.") -> FileBuilder {
        var b = FileBuilder(id: id, name: name)
        b.paidHistory([10, 10, 10, 10], before: "2026-11-01", prefix: "\(id)H")
        b.invoice("\(id)-O", issued: "2026-11-05", due: "2026-12-05", amount: eur("1000.00"))
        return b
    }

    @Test func anInvoiceMovesByItsClientsMedianLateness() throws {
        let f = forecaster.forecast(ReceivablesBook(files: [Self.tenDaysLate().file]), today: today)
        let eurF = try #require(f.currency(.eur))
        #expect(eurF.weeks.count == 13)
        #expect(eurF.weeks[0].start == today)
        #expect(eurF.weeks[0].end == day("2026-12-06"))
        #expect(eurF.weeks[0].byDueDate == eur("1000.00"))
        #expect(eurF.weeks[0].expected == eur("0.00"))
        #expect(eurF.weeks[2].expected == eur("1000.00"))
        let c = try #require(eurF.weeks[2].contributors.first)
        #expect(c.invoiceNumber == "1-O")
        #expect(c.expectedOn == day("2026-12-15"))
        #expect(c.basis == .clientLateness(medianDaysLate: 10, payments: 4))
        #expect(eurF.totalByDueDate == eurF.totalExpected)
        #expect(f.method.byClientLateness == 1)
    }

    @Test func aPromiseOverridesTheLateness() throws {
        var b = Self.tenDaysLate()
        b.promise(for: "2026-12-01", madeOn: "2026-11-28", amount: eur("300.00"))
        // The promise covers what falls due by its date: nothing here, so nothing moves.
        var f = try #require(forecaster.forecast(ReceivablesBook(files: [b.file]), today: today).currency(.eur))
        #expect(f.weeks[2].expected == eur("1000.00"))

        var late = FileBuilder(id: 2, name: "Promete S.L.")
        late.paidHistory([10, 10, 10], before: "2026-11-01")
        late.invoice("P-1", issued: "2026-10-01", due: "2026-11-25", amount: eur("1000.00"))
        late.promise(for: "2026-12-10", madeOn: "2026-11-28", amount: eur("300.00"))
        f = try #require(forecaster.forecast(ReceivablesBook(files: [late.file]), today: today).currency(.eur))
        #expect(f.weeks[1].expected == eur("300.00"))
        #expect(f.weeks[1].contributors.first?.basis == .promise(promisedFor: day("2026-12-10"), madeOn: day("2026-11-28")))
        // The other 700 € follow the client's lateness: due 25 Nov + 10 days = 5 Dec.
        #expect(f.weeks[0].expected == eur("700.00"))
        #expect(f.weeks[0].byDueDate == eur("1000.00"))
        #expect(f.overdue == eur("1000.00"))
    }

    @Test func anInvoicePromiseWithoutAmountCoversTheInvoice() throws {
        var b = Self.tenDaysLate()
        let id = b.file.invoice(number: "1-O")!.id
        b.promise(for: "2026-12-22", madeOn: "2026-11-29", invoice: id)
        let f = try #require(forecaster.forecast(ReceivablesBook(files: [b.file]), today: today).currency(.eur))
        #expect(f.weeks[3].expected == eur("1000.00"))
        #expect(f.weeks[2].expected == eur("0.00"))
    }

    @Test func disputedAndPausedInvoicesAreLeftOutAndListed() throws {
        var b = Self.tenDaysLate()
        let id = b.file.invoice(number: "1-O")!.id
        b.pause(.dispute, from: "2026-11-20", invoice: id)
        let f = try #require(forecaster.forecast(ReceivablesBook(files: [b.file]), today: today).currency(.eur))
        #expect(f.totalExpected == eur("0.00"))
        #expect(f.totalByDueDate == eur("0.00"))
        #expect(f.excluded.map(\.invoiceNumber) == ["1-O"])
        #expect(f.excluded.first?.kind == .dispute)
        #expect(f.excluded.first?.outstanding == eur("1000.00"))

        var paused = Self.tenDaysLate(id: 2, name: "Pausa S.L.")
        paused.pause(.pause, from: "2026-11-01", until: "2026-11-15")
        let resumed = forecaster.forecast(ReceivablesBook(files: [paused.file]), today: today)
        #expect(resumed.currency(.eur)?.excluded.isEmpty == true)
        #expect(resumed.method.excluded == 0)
    }

    @Test func currenciesAreNeverAddedTogether() throws {
        var b = Self.tenDaysLate()
        b.invoice("US-1", issued: "2026-11-10", due: "2026-12-10", amount: usd("500.00"))
        b.invoice("MX-1", issued: "2026-11-10", due: "2026-12-10", amount: mxn("9000.00"))
        let f = forecaster.forecast(ReceivablesBook(files: [b.file]), today: today)
        #expect(f.currencies.map(\.currency.code) == ["EUR", "MXN", "USD"])
        #expect(f.currency(.usd)?.totalExpected == usd("500.00"))
        #expect(f.currency(.mxn)?.totalExpected == mxn("9000.00"))
        #expect(f.currency(.eur)?.totalExpected == eur("1000.00"))
    }

    @Test func aNewClientFollowsTheBooksMedian() throws {
        var fresh = FileBuilder(id: 2, name: "Nuevo S.L.")
        fresh.invoice("N-1", issued: "2026-11-20", due: "2026-12-20", amount: eur("400.00"))
        let f = forecaster.forecast(ReceivablesBook(files: [Self.tenDaysLate().file, fresh.file]), today: today)
        let week = try #require(f.currency(.eur)?.weeks.first { $0.contributors.contains { $0.invoiceNumber == "N-1" } })
        let c = week.contributors.first { $0.invoiceNumber == "N-1" }!
        #expect(c.basis == .bookLateness(medianDaysLate: 10))
        #expect(c.expectedOn == day("2026-12-30"))
        #expect(f.method.byBookLateness == 1)
        #expect(f.method.bookMedianDaysLate == 10)
    }

    @Test func aLongOverdueInvoiceWithLittleHistoryGetsTheFallbackShare() throws {
        var b = FileBuilder(id: 1, name: "Viejo S.L.")
        b.paidHistory([10, 10, 10], before: "2026-08-01")
        b.invoice("V-1", issued: "2026-08-01", due: "2026-09-01", amount: eur("1000.00"))
        let f = forecaster.forecast(ReceivablesBook(files: [b.file]), today: today)
        let e = try #require(f.currency(.eur))
        // Inside the first two weeks (the digest's), not on day 14, which is already the third week.
        #expect(e.weeks[1].expected == eur("500.00"))
        #expect(e.unlikely == eur("500.00"))
        #expect(e.weeks[1].contributors.first?.basis == .ageWeighted(daysOverdue: 90, sharePercent: 50, waitDays: 7, reliable: false))
        #expect(f.method.usedAgeFallback)
        #expect(f.method.byAge == 1)
    }

    /// A small book as a first import leaves it: few payments, dated on their due dates, most open invoices
    /// overdue and one due in two weeks (Tests/Fixtures/invoices.csv). The next two weeks must not read 0.
    @Test func aSmallBookExpectsSomethingInTheNextTwoWeeks() throws {
        var acme = FileBuilder(id: 1, name: "Acme S.L.")
        acme.invoice("T-201", issued: "2026-10-30", due: "2026-11-29", amount: eur("1200.00"))
        acme.invoice("T-188", issued: "2026-09-20", due: "2026-10-20", amount: eur("450.00"))
        var cafe = FileBuilder(id: 2, name: "Café La Esquina")
        let paid = cafe.invoice("T-190", issued: "2026-10-06", due: "2026-11-05", amount: eur("95.00"))
        cafe.pay(paid, eur("95.00"), on: "2026-11-05")
        var initech = FileBuilder(id: 3, name: "Initech")
        initech.invoice("T-210", issued: "2026-11-15", due: "2026-12-15", amount: eur("800.00"))
        let f = forecaster.forecast(ReceivablesBook(files: [acme.file, cafe.file, initech.file]), today: today)
        let e = try #require(f.currency(.eur))
        // Everyone's median lateness is 0 days (the one payment came on its due date): T-210 on 15 Dec (week 2).
        #expect(e.weeks[2].expected == eur("800.00"))
        // The two overdue invoices: no history of invoices that old, so half of each within the first two weeks.
        #expect(e.expected(inFirst: 2) == eur("825.00"))
        #expect(e.weeks[1].contributors.map(\.invoiceNumber) == ["T-201", "T-188"])
        #expect(e.unlikely == eur("825.00"))
        #expect(e.weeks[0].byDueDate == eur("1650.00"))
        #expect(f.method.usedAgeFallback)
        #expect(f.method.fallbackAgeSharePercent == 50)
    }

    @Test func aLongOverdueInvoiceIsWeightedByHowOftenInvoicesOfItsAgeGotPaid() throws {
        // Forty old invoices, all still unpaid at 31 days: half paid at 40 days late, half never.
        var history = FileBuilder(id: 9, name: "Histórico S.A.")
        for k in 0..<40 {
            let id = history.invoice("HX-\(k)", issued: "2025-05-01", due: "2025-06-01", amount: eur("100.00"))
            if k % 2 == 0 { history.pay(id, eur("100.00"), on: "2025-07-11") }
        }
        var b = FileBuilder(id: 1, name: "Moroso S.L.")
        b.paidHistory([5, 5, 5], before: "2026-10-01")
        b.invoice("M-1", issued: "2026-09-15", due: "2026-10-16", amount: eur("1000.00"))
        let f = forecaster.forecast(ReceivablesBook(files: [history.file, b.file]), today: today)
        let band = try #require(f.method.ageTable.row(daysOverdue: 45))
        #expect(band.fromDays == 31)
        #expect(band.observed == 40)
        #expect(band.paidSharePercent == 50)
        #expect(band.medianWaitDays == 9)
        let e = try #require(f.currency(.eur))
        // 45 days overdue, 50 % of 1,000 € expected 9 days from today (week 1).
        #expect(e.weeks[1].expected == eur("500.00"))
        #expect(e.weeks[1].contributors.first?.basis == .ageWeighted(daysOverdue: 45, sharePercent: 50, waitDays: 9, reliable: true))
        #expect(!f.method.usedAgeFallback)
        // The history's open invoices (HX, over a year late) are weighted by the oldest band: nothing paid there.
        #expect(e.unlikely.minorUnits > 0)
    }

    @Test func theBaselineIsTheWeeklyAverageOfTheLastSixMonths() throws {
        var b = FileBuilder(id: 1, name: "Base S.L.")
        let id = b.invoice("B-1", issued: "2026-06-01", due: "2026-07-01", amount: eur("2600.00"))
        b.pay(id, eur("1300.00"), on: "2026-07-01")
        b.pay(id, eur("1300.00"), on: "2026-11-29")
        let old = b.invoice("B-0", issued: "2026-01-01", due: "2026-02-01", amount: eur("5000.00"))
        b.pay(old, eur("5000.00"), on: "2026-02-01")
        let f = try #require(forecaster.forecast(ReceivablesBook(files: [b.file]), today: today).currency(.eur))
        #expect(f.baselineWeekly == eur("100.00"))
        #expect(f.totalExpected == eur("0.00"))
    }

    @Test func theWindowIsConfigurableAndLaterReceiptsAreCountedApart() throws {
        var b = Self.tenDaysLate()
        b.invoice("L-1", issued: "2026-11-20", due: "2027-03-20", amount: eur("800.00"))
        let f = try #require(
            CashForecaster(settings: ForecastSettings(weeks: 4)).forecast(ReceivablesBook(files: [b.file]), today: today)
                .currency(.eur))
        #expect(f.weeks.count == 4)
        #expect(f.expectedLater == eur("800.00"))
        #expect(f.dueLater == eur("800.00"))
    }

    @Test func theContributorsAreTheLargestFirstAndCapped() throws {
        var b = Self.tenDaysLate()
        for k in 1...7 { b.invoice("C-\(k)", issued: "2026-11-05", due: "2026-12-05", amount: eur("\(k)00.00")) }
        let f = try #require(forecaster.forecast(ReceivablesBook(files: [b.file]), today: today).currency(.eur))
        let week = f.weeks[2]
        #expect(week.contributorCount == 8)
        #expect(week.contributors.map(\.invoiceNumber) == ["1-O", "C-7", "C-6", "C-5", "C-4"])
        #expect(week.expected == eur("3800.00"))
    }

    @Test func theForecastOnlyKnowsWhatWasKnownAtTheCut() throws {
        var b = Self.tenDaysLate()
        let id = b.file.invoice(number: "1-O")!.id
        b.pay(id, eur("1000.00"), on: "2026-12-14")
        let book = ReceivablesBook(files: [b.file])
        #expect(forecaster.forecast(book, today: day("2026-12-20")).currency(.eur)?.totalExpected ?? eur("0") == eur("0.00"))
        let cut = book.known(on: today)
        #expect(cut.payments.allSatisfy { $0.date <= today })
        #expect(forecaster.forecast(cut, today: today).currency(.eur)?.totalExpected == eur("1000.00"))
    }

    @Test func settingsRejectAnImpossibleWindow() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ForecastSettings.self, from: Data(#"{"weeks": 0}"#.utf8))
        }
        #expect((try? JSONDecoder().decode(ForecastSettings.self, from: Data(#"{"weeks": 8}"#.utf8)))?.weeks == 8)
    }
}
