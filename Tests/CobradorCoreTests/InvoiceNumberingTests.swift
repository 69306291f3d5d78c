import CobradorCore
import Testing

@Suite struct InvoiceNumberingTests {
    @Test func theNextNumberFollowsTheClientsOwnSeries() {
        // The book's newest invoice is in another series: the client's series wins.
        let next = InvoiceNumbering.next(
            clientNumbers: ["ACME-0007", "ACME-0006"], recentNumbers: ["F-2026-110", "ACME-0007", "F-2026-109"], year: 2026)
        #expect(next == "ACME-0008")
    }

    @Test func theSeriesMaximumCountsNumbersOfOtherClientsInTheSameSeries() {
        let next = InvoiceNumbering.next(clientNumbers: ["F-2026-101", "F-2026-088"], recentNumbers: ["F-2026-110", "F-2026-109"], year: 2026)
        #expect(next == "F-2026-111")
    }

    @Test func aClientWithoutInvoicesGetsTheBooksNewestSeries() {
        #expect(InvoiceNumbering.next(clientNumbers: [], recentNumbers: ["T-2026-210", "GX-9001", "T-2026-201"], year: 2026) == "T-2026-211")
    }

    @Test func paddingIsKeptAndCanGrow() {
        #expect(InvoiceNumbering.next(clientNumbers: ["A-009"], recentNumbers: [], year: 2026) == "A-010")
        #expect(InvoiceNumbering.next(clientNumbers: ["A-999"], recentNumbers: [], year: 2026) == "A-1000")
    }

    @Test func anEmptyBookStartsAYearSeries() {
        #expect(InvoiceNumbering.next(clientNumbers: [], recentNumbers: [], year: 2027) == "F-2027-001")
    }

    @Test func aNumberWithoutDigitsGetsASuffix() {
        #expect(InvoiceNumbering.next(clientNumbers: ["ACME"], recentNumbers: [], year: 2026) == "ACME-2")
        #expect(InvoiceNumbering.successor(of: "ACME") == "ACME-2")
        #expect(InvoiceNumbering.successor(of: "ACME-2") == "ACME-3")
        #expect(InvoiceNumbering.successor(of: "F-2026-099") == "F-2026-100")
    }

    @Test func splittingKeepsOnlyTrailingAsciiDigits() {
        #expect(InvoiceNumbering.split("F-2026-110") == ("F-2026-", "110"))
        #expect(InvoiceNumbering.split("X٣") == ("X٣", ""))
    }
}
