import CobradorCore
import Foundation
import Testing

@Suite("Late fees: contract terms and the EU/ES statutory default, with worked numbers")
struct LateFeeCalculatorTests {
    let calculator = LateFeeCalculator()

    func single(_ b: FileBuilder, today: CalendarDay = Fixtures.today) -> InvoiceLateFee {
        let c = calculator.compute(for: b.file, asOf: today)
        #expect(c.invoices.count == 1)
        return c.invoices[0]
    }

    @Test func umbrellaStatutoryWorkedExample() {
        // 2750.50 € due 2026-10-15, today 2026-11-30: 2026-10-16 … 2026-11-30 = 16 + 30 = 46 days.
        // Rate 2026-H2: 2.15 % + 8 = 10.15 %. 2750.50 × 0.1015 × 46 / 365 = 12842.0845 / 365 = 35.1838… → 35.18.
        // Plus 40 € recovery costs: 75.18 €.
        let fee = single(Fixtures.umbrella)
        #expect(fee.rule == .statutory(name: "eu_2011_7_es_3_2004", marginBasisPoints: 800))
        #expect(fee.rule.key == "late_fee.rule.statutory")
        #expect(fee.daysLate == 46)
        #expect(fee.lines.count == 1)
        let line = fee.lines[0]
        #expect(line.from == day("2026-10-16"))
        #expect(line.to == day("2026-11-30"))
        #expect(line.days == 46)
        #expect(line.annualRateBasisPoints == 1015)
        #expect(line.referenceRateBasisPoints == 215)
        #expect(line.base == eur("2750.50"))
        #expect(line.interest == eur("35.18"))
        #expect(line.rateNeedsCheck)
        #expect(fee.fixedCosts == eur("40.00"))
        #expect(fee.totals.amounts == [eur("75.18")])
        #expect(line.parameters["annual_rate"] == "10.15")
        #expect(line.parameters["reference_rate"] == "2.15")
        #expect(line.parameters["day_basis"] == "365")
    }

    @Test func acmeTwoInvoicesPerClient() {
        // F-2026-088: 450 € × 10.15 % × 41 / 365 = 1872.675 / 365 = 5.1306… → 5.13 (+40).
        // F-2026-101: 1200 € × 10.15 % × 1 / 365 = 121.8 / 365 = 0.3336… → 0.33 (+40).
        // Total 5.13 + 0.33 + 80 = 85.46 €; claim = 1650 + 85.46 = 1735.46 €.
        let c = calculator.compute(for: Fixtures.acme.file, asOf: Fixtures.today)
        #expect(c.invoices.map(\.invoiceNumber) == ["F-2026-088", "F-2026-101"])
        #expect(c.invoices.map(\.interest) == [eur("5.13"), eur("0.33")])
        #expect(c.totals.amounts == [eur("85.46")])
        #expect(c.claimTotals.amounts == [eur("1735.46")])
        #expect(c.rulesApplied.count == 1)
    }

    @Test func periodSplitAcrossHalfYears() {
        // 1000 € due 2025-06-20, today 2025-07-10.
        // 2025-06-21 … 06-30: 10 days at 3.15 + 8 = 11.15 %: 1000 × 0.1115 × 10 / 365 = 3.0547… → 3.05.
        // 2025-07-01 … 07-10: 10 days at 2.15 + 8 = 10.15 %: 1000 × 0.1015 × 10 / 365 = 2.7808… → 2.78.
        var b = FileBuilder(id: 20, name: "Split")
        b.invoice("S-1", issued: "2025-05-20", due: "2025-06-20", amount: eur("1000.00"))
        let fee = single(b, today: day("2025-07-10"))
        #expect(fee.lines.map(\.days) == [10, 10])
        #expect(fee.lines.map(\.annualRateBasisPoints) == [1115, 1015])
        #expect(fee.lines.map(\.interest) == [eur("3.05"), eur("2.78")])
        #expect(fee.lines.map(\.to) == [day("2025-06-30"), day("2025-07-10")])
        #expect(!fee.anyRateNeedsCheck)
        #expect(fee.interest == eur("5.83"))
        #expect(fee.totals.amounts == [eur("45.83")])
    }

    @Test func periodSplitAcrossAYearEnd() {
        // 1000 € due 2023-12-21, today 2024-01-10.
        // 2023-12-22 … 12-31: 10 days at 4.00 + 8 = 12 %: 1000 × 0.12 × 10 / 365 = 3.2876… → 3.29.
        // 2024-01-01 … 01-10: 10 days at 4.50 + 8 = 12.5 %: 1000 × 0.125 × 10 / 365 = 3.4246… → 3.42.
        var b = FileBuilder(id: 21, name: "Year end")
        b.invoice("Y-1", issued: "2023-11-21", due: "2023-12-21", amount: eur("1000.00"))
        let fee = single(b, today: day("2024-01-10"))
        #expect(fee.lines.map(\.interest) == [eur("3.29"), eur("3.42")])
    }

    @Test func contractMonthlyRateWithAPartialPayment() {
        // Pied Piper: 2000 € due 2026-11-01 at 1.5 % a month (18 % a year), 500 € paid on 2026-11-15.
        // 11-02 … 11-14: 13 days on 2000: 2000 × 0.18 × 13 / 365 = 12.8219… → 12.82.
        // 11-15 … 11-30: 16 days on 1500: 1500 × 0.18 × 16 / 365 = 11.8356… → 11.84. Total 24.66 €, no fixed costs.
        var b = FileBuilder(id: 8, name: "Pied Piper")
        let id = b.invoice(
            "F-2026-075", issued: "2026-10-02", due: "2026-11-01", amount: eur("2000.00"),
            lateFee: .monthlyRate(basisPoints: 150))
        b.pay(id, eur("500.00"), on: "2026-11-15")
        let fee = single(b)
        #expect(fee.rule == .contractMonthly(basisPoints: 150))
        #expect(fee.rule.parameters == ["monthly_rate": "1.50", "annual_rate": "18.00"])
        #expect(fee.lines.map(\.base) == [eur("2000.00"), eur("1500.00")])
        #expect(fee.lines.map(\.days) == [13, 16])
        #expect(fee.lines.map(\.interest) == [eur("12.82"), eur("11.84")])
        #expect(fee.fixedCosts == nil)
        #expect(fee.totals.amounts == [eur("24.66")])
        #expect(fee.outstanding == eur("1500.00"))
    }

    @Test func roundsHalfUpOnlyAtTheEndOfTheLine() {
        // 1.10 € for 365 days at 1.25 % a month (15 % a year): 110 × 0.15 = 16.5 cents exactly → 17 cents.
        var b = FileBuilder(id: 22, name: "Half")
        b.invoice("H-1", issued: "2024-12-01", due: "2025-01-01", amount: eur("1.10"), lateFee: .monthlyRate(basisPoints: 125))
        let fee = single(b, today: day("2026-01-01"))
        #expect(fee.lines.count == 1)
        #expect(fee.lines[0].days == 365)
        #expect(fee.interest == eur("0.17"))
    }

    @Test func contractFixedFee() {
        var b = FileBuilder(id: 23, name: "Fixed")
        b.invoice("X-1", issued: "2026-10-01", due: "2026-11-01", amount: eur("300.00"), lateFee: .fixed(eur("25.00")))
        let fee = single(b)
        #expect(fee.rule == .contractFixed(eur("25.00")))
        #expect(fee.rule.key == "late_fee.rule.contract_fixed")
        #expect(fee.lines.isEmpty)
        #expect(fee.totals.amounts == [eur("25.00")])
    }

    @Test func nonEuroWithoutTermsHasNoStatutoryDefault() {
        let fee = single(Fixtures.globex)
        #expect(fee.rule == .none(.noRuleForCurrency, currency: .usd))
        #expect(fee.rule.key == "late_fee.rule.none.no_rule_for_currency")
        #expect(fee.totals.isEmpty)
        #expect(fee.daysLate == 20)
    }

    @Test func notYetDueAndSettledBearNothing() {
        #expect(single(Fixtures.initech).rule == .none(.notOverdue, currency: .eur))
        #expect(calculator.compute(for: Fixtures.cafe.file, asOf: Fixtures.today).invoices.isEmpty)
    }

    @Test func currenciesAreNeverSummed() {
        var b = Fixtures.acme
        b.invoice("U-1", issued: "2026-10-01", due: "2026-11-01", amount: usd("100.00"), lateFee: .fixed(usd("10.00")))
        let c = calculator.compute(for: b.file, asOf: Fixtures.today)
        #expect(c.totals.amounts == [eur("85.46"), usd("10.00")])
    }

    @Test func aHalfYearMissingFromTheTableUsesTheLatestAndSaysSo() {
        // 2027-H1 is not in the table: 2026-H2's 2.15 % is assumed and flagged.
        var b = FileBuilder(id: 24, name: "Future")
        b.invoice("F-1", issued: "2026-12-01", due: "2026-12-31", amount: eur("365.00"))
        let fee = single(b, today: day("2027-01-10"))
        #expect(fee.lines.count == 1)
        #expect(fee.lines[0].annualRateBasisPoints == 1015)
        #expect(fee.lines[0].rateNeedsCheck)
        // 365 × 0.1015 × 10 / 365 = 1.015 → 1.02 (half-up).
        #expect(fee.lines[0].interest == eur("1.02"))
    }

    @Test func aConfiguredTableReplacesTheDefault() throws {
        let json = #"""
            {"name": "custom", "currency": "MXN", "margin_basis_points": 500, "fixed_compensation": "100.00",
             "rates": [{"year": 2026, "half": 2, "basis_points": 700}]}
            """#
        let table = try JSONDecoder().decode(StatutoryInterestTable.self, from: Data(json.utf8))
        #expect(table.fixedCompensation == mxn("100.00"))
        let calc = LateFeeCalculator(statutory: [table])
        // Soylent: 42000 MXN due 2026-09-30, 61 days at 12 %: 42000 × 0.12 × 61 / 365 = 842.3013… → 842.30.
        let fee = calc.compute(for: Fixtures.soylent.file, asOf: Fixtures.today).invoices[0]
        #expect(fee.lines.map(\.interest) == [mxn("842.30")])
        #expect(fee.totals.amounts == [mxn("942.30")])
        // The default EU table no longer applies to euros once replaced.
        #expect(
            calc.compute(for: Fixtures.umbrella.file, asOf: Fixtures.today).invoices[0].rule.key
                == "late_fee.rule.none.no_rule_for_currency")
        let round = try JSONDecoder().decode(StatutoryInterestTable.self, from: JSONEncoder().encode(table))
        #expect(round == table)
    }

    @Test func defaultTableMarksTheLatestRatesForReview() {
        let table = StatutoryInterestTable.euDirectiveSpain
        #expect(table.referenceRate(on: day("2024-03-01"))?.basisPoints == 450)
        #expect(table.referenceRate(on: day("2024-07-01"))?.basisPoints == 425)
        #expect(table.referenceRate(on: day("2025-06-30"))?.basisPoints == 315)
        #expect(table.referenceRate(on: day("2025-07-01"))?.checkAndUpdate == false)
        #expect(table.referenceRate(on: day("2026-07-01"))?.checkAndUpdate == true)
    }

    @Test func missingDueDateAssumesThirtyDays() {
        var b = FileBuilder(id: 25, name: "No due")
        b.invoice("N-1", issued: "2026-10-01", due: nil, amount: eur("365.00"))
        let fee = single(b, today: day("2026-11-10"))
        #expect(fee.dueDateAssumed)
        #expect(fee.due == day("2026-10-31"))
        #expect(fee.daysLate == 10)
    }

    @Test func paymentsAndHalfYearsCutTheSamePeriod() {
        // 1000 € due 2026-06-10; 200 € paid on the due date (so the base starts at 800), 300 € on 2026-06-21,
        // today 2026-07-05. Lines: 06-11…06-20 (10 d on 800), 06-21…06-30 (10 d on 500), 07-01…07-05 (5 d on 500).
        // All at 10.15 %: 800 × 0.1015 × 10 / 365 = 2.2246… → 2.22; 500 × 0.1015 × 10 / 365 = 1.3904… → 1.39;
        // 500 × 0.1015 × 5 / 365 = 0.6952… → 0.70. Interest 4.31 €.
        var b = FileBuilder(id: 26, name: "Cuts")
        let id = b.invoice("C-1", issued: "2026-05-10", due: "2026-06-10", amount: eur("1000.00"))
        b.pay(id, eur("200.00"), on: "2026-06-10")
        b.pay(id, eur("300.00"), on: "2026-06-21")
        let fee = single(b, today: day("2026-07-05"))
        #expect(fee.lines.map(\.from) == [day("2026-06-11"), day("2026-06-21"), day("2026-07-01")])
        #expect(fee.lines.map(\.days) == [10, 10, 5])
        #expect(fee.lines.map(\.base) == [eur("800.00"), eur("500.00"), eur("500.00")])
        #expect(fee.lines.map(\.interest) == [eur("2.22"), eur("1.39"), eur("0.70")])
        #expect(fee.interest == eur("4.31"))
    }

    @Test func aSettledInvoiceBearsNoCharges() {
        var b = FileBuilder(id: 27, name: "Paid late")
        let id = b.invoice("P-1", issued: "2026-09-01", due: "2026-10-01", amount: eur("100.00"))
        b.pay(id, eur("100.00"), on: "2026-10-20")
        let balance = b.file.balances(asOf: Fixtures.today)[0]
        let fee = calculator.compute(for: balance, payments: b.file.payments, asOf: Fixtures.today)
        #expect(fee.rule == .none(.settled, currency: .eur))
        #expect(fee.totals.isEmpty)
    }
}
