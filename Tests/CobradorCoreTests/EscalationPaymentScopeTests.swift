import CobradorCore
import Foundation
import Testing

/// A payment is an answer about the invoice it pays, not about the client's other invoices.
@Suite("Escalation: a payment speaks for its own invoice")
struct EscalationPaymentScopeTests {
    let advisor = EscalationAdvisor()

    @Test func aSmallPaymentOnAnotherInvoiceDoesNotPostponeTheFirstReminder() {
        var b = Fixtures.acme
        let f101 = b.file.invoice(number: "F-2026-101")!.id
        b.pay(f101, eur("10.00"), on: "2026-11-30")
        let a = advisor.advise(b.file, today: Fixtures.today)
        #expect(a.status == .actionToday)
        #expect(a.action == .firstReminder)
        #expect(a.worstInvoice?.invoice.number == "F-2026-088")
        #expect(a.worstDaysOverdue == 41)
        #expect(!a.reasons.contains { $0.key == "reason.clock_restarted" })
    }

    @Test func aPaymentOnTheChasedInvoiceStillRestartsTheClock() {
        var b = Fixtures.acme
        let f088 = b.file.invoice(number: "F-2026-088")!.id
        b.email(on: "2026-11-16", invoice: f088)
        b.pay(f088, eur("100.00"), on: "2026-11-28")
        let a = advisor.advise(b.file, today: Fixtures.today)
        #expect(a.status == .waiting)
        #expect(a.reasons.contains(.clockRestarted(on: day("2026-11-28"), cause: .payment)))
        #expect(a.checkAgainOn == day("2026-12-05"))
    }

    @Test func aPaymentOnAnotherInvoiceDoesNotDelayTheSecondReminderEither() {
        var b = Fixtures.acme
        let f088 = b.file.invoice(number: "F-2026-088")!.id
        let f101 = b.file.invoice(number: "F-2026-101")!.id
        b.email(on: "2026-11-20", invoice: f088)
        b.pay(f101, eur("10.00"), on: "2026-11-30")
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(a.status == .actionToday)
        #expect(a.action == .secondReminder)
    }
}
