import CobradorCore
import Foundation
import Testing

@Suite("Escalation with several open invoices")
struct EscalationSeveralInvoicesTests {
    let advisor = EscalationAdvisor()

    @Test func aReminderAboutAnInvoiceNotYetDueDoesNotCount() {
        var b = Fixtures.acme
        let f101 = b.file.invoice(number: "F-2026-101")!.id
        // A courtesy note for F-2026-101 while F-2026-088 is overdue is not a reminder of the overdue one.
        b.email(on: "2026-11-26", invoice: f101)
        let a = advisor.advise(b.file, today: day("2026-11-28"))
        #expect(a.action == .firstReminder)
        #expect(a.worstDaysOverdue == 39)
    }

    @Test func remindersAboutAnyOverdueInvoiceCountForTheClient() {
        var b = Fixtures.acme
        let f088 = b.file.invoice(number: "F-2026-088")!.id
        let f101 = b.file.invoice(number: "F-2026-101")!.id
        b.email(on: "2026-11-16", invoice: f088)
        b.email(on: "2026-11-30", invoice: f101)
        let a = advisor.advise(b.file, today: Fixtures.today)
        #expect(a.status == .waiting)
        #expect(a.reasons.contains(.remindersSent(dates: [day("2026-11-16"), day("2026-11-30")])))
        #expect(a.nextAction?.stage == .changeChannel)
        #expect(a.checkAgainOn == day("2026-12-07"))
    }

    @Test func theFixtureClientsOnTheReferenceDay() {
        let expected: [String: (FollowUpStatus, FollowUpStage, Int)] = [
            "Acme S.L.": (.actionToday, .firstReminder, 41),
            "Globex Corporation": (.actionToday, .firstReminder, 20),
            "Initech": (.notDue, .notDue, 0),
            "Umbrella Ibérica S.A.": (.actionToday, .firstReminder, 46),
            "Estudio Núñez & Asociados": (.actionToday, .firstReminder, 8),
            "Café La Esquina": (.settled, .notDue, 0),
            "Hooli": (.actionToday, .firstReminder, 5),
            "Pied Piper": (.actionToday, .firstReminder, 29),
            "Wayne Enterprises": (.settled, .notDue, 0),
            "Soylent S.A. de C.V.": (.actionToday, .firstReminder, 61),
        ]
        for b in Fixtures.all {
            let a = advisor.advise(b.file, today: Fixtures.today)
            let e = expected[a.clientName]!
            #expect(a.status == e.0, "\(a.clientName)")
            #expect(a.stage == e.1, "\(a.clientName)")
            #expect(a.worstDaysOverdue == e.2, "\(a.clientName)")
        }
        let initech = advisor.advise(Fixtures.initech.file, today: Fixtures.today)
        #expect(initech.nextAction == .courtesyNote(invoice: "F-2026-110", due: day("2026-12-15")))
        #expect(initech.checkAgainOn == day("2026-12-12"))
    }
}
