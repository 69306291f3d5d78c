import CobradorCore
import Testing

@Suite struct PaymentAllocationTests {
    static let today = Fixtures.today

    /// Acme: F-2026-088 (450 €, due 20 Oct) and F-2026-101 (1.200 €, due 29 Nov), plus 100 US$ due first of all.
    static var open: [InvoiceBalance] {
        var b = Fixtures.acme
        b.invoice("US-1", issued: "2026-09-01", due: "2026-09-15", amount: usd("100.00"))
        return b.file.openBalances(asOf: today)
    }

    static func summary(_ a: PaymentAllocation?) -> [String] {
        a?.parts.map { "\($0.balance.invoice.number) \($0.amount.plainString) left \($0.remaining.plainString)" } ?? ["nil"]
    }

    @Test func anAmountEqualToOneInvoiceGoesToThatInvoiceWithoutAsking() throws {
        let a = try #require(PaymentAllocation.spread(eur("1200.00"), over: Self.open))
        #expect(Self.summary(a) == ["F-2026-101 1200.00 left 0.00"])
        #expect(!a.needsConfirmation)
        #expect(a.overpayment == nil)
    }

    @Test func otherAmountsGoToTheOldestInvoicesFirstAndAreConfirmed() throws {
        let a = try #require(PaymentAllocation.spread(eur("500.00"), over: Self.open.reversed()))
        #expect(Self.summary(a) == ["F-2026-088 450.00 left 0.00", "F-2026-101 50.00 left 1150.00"])
        #expect(a.needsConfirmation)
    }

    @Test func payingEverythingOwedExactlyIsNotAsked() throws {
        let a = try #require(PaymentAllocation.spread(eur("1650.00"), over: Self.open))
        #expect(Self.summary(a) == ["F-2026-088 450.00 left 0.00", "F-2026-101 1200.00 left 0.00"])
        #expect(!a.needsConfirmation)
    }

    @Test func anOverpaymentStaysOnTheLastInvoiceAndIsConfirmed() throws {
        let a = try #require(PaymentAllocation.spread(eur("2000.00"), over: Self.open))
        #expect(Self.summary(a) == ["F-2026-088 450.00 left 0.00", "F-2026-101 1550.00 left -350.00"])
        #expect(a.overpayment == eur("350.00"))
        #expect(a.needsConfirmation)
    }

    @Test func aPartOfTheOnlyInvoiceInThatCurrencyIsRecordedStraightAway() throws {
        let a = try #require(PaymentAllocation.spread(usd("40.00"), over: Self.open))
        #expect(Self.summary(a) == ["US-1 40.00 left 60.00"])
        #expect(!a.needsConfirmation)
        let over = try #require(PaymentAllocation.spread(usd("140.00"), over: Self.open))
        #expect(over.needsConfirmation)
        #expect(over.overpayment == usd("40.00"))
    }

    @Test func noInvoiceInThePaymentsCurrencyOrNoPositiveAmountGivesNoAllocation() {
        #expect(PaymentAllocation.spread(mxn("100.00"), over: Self.open) == nil)
        #expect(PaymentAllocation.spread(eur("0.00"), over: Self.open) == nil)
        #expect(PaymentAllocation.spread(eur("10.00"), over: []) == nil)
    }

    @Test func aNamedInvoiceTakesThePaymentAndMoreThanItOwesIsConfirmed() throws {
        let f088 = try #require(Self.open.first { $0.invoice.number == "F-2026-088" })
        let part = try #require(PaymentAllocation.onInvoice(f088, amount: eur("100.00")))
        #expect(!part.needsConfirmation)
        #expect(Self.summary(part) == ["F-2026-088 100.00 left 350.00"])
        let more = try #require(PaymentAllocation.onInvoice(f088, amount: eur("500.00")))
        #expect(more.needsConfirmation)
        #expect(more.overpayment == eur("50.00"))
        #expect(PaymentAllocation.onInvoice(f088, amount: usd("100.00")) == nil)
    }

    @Test func withoutAnAmountOnlyASingleOpenInvoiceIsSettledAndAlwaysAsked() throws {
        let only = Array(Self.open.prefix(1))
        let a = try #require(PaymentAllocation.settlingTheOnlyInvoice(only))
        #expect(a.needsConfirmation)
        #expect(a.parts.map(\.amount) == [only[0].outstanding])
        #expect(PaymentAllocation.settlingTheOnlyInvoice(Self.open) == nil)
        #expect(PaymentAllocation.settlingTheOnlyInvoice([]) == nil)
    }
}
