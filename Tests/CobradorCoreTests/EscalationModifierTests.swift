import CobradorCore
import Foundation
import Testing

@Suite("Escalation modifiers: answers, promises, pauses, payments, stray events")
struct EscalationModifierTests {
    let advisor = EscalationAdvisor()
    static func base() -> (FileBuilder, Int64) { EscalationLadderTests.base() }

    @Test func aReminderBeforeTheDueDateIsNotAPostDueReminder() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-18")
        b.email(on: "2026-10-20")
        let a = advisor.advise(b.file, today: day("2026-10-25"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .firstReminder)
        #expect(!a.has(reasonKey: "reason.reminders_sent"))
    }

    @Test func eventsAboutAPaidInvoiceDoNotPushTheOpenOne() {
        var (b, _) = Self.base()
        let old = b.invoice("F-2026-050", issued: "2026-08-01", due: "2026-09-01", amount: eur("300.00"))
        b.email(on: "2026-10-21", invoice: old)
        b.email(on: "2026-10-22", invoice: old)
        b.event(.phone, .noAnswer, on: "2026-10-23", invoice: old)
        b.event(.letter, .sent, on: "2026-10-24", invoice: old)
        b.pay(old, eur("300.00"), on: "2026-10-25")
        let a = advisor.advise(b.file, today: day("2026-10-26"))
        #expect(a.stage == .firstReminder)
        #expect(a.action == .firstReminder)
        #expect(a.openInvoices.map(\.invoice.number) == ["F-2026-088"])
    }

    @Test func anAnswerRestartsTheClockButNotTheStage() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.event(.email, .answered, on: "2026-10-30")
        let waiting = advisor.advise(b.file, today: day("2026-11-04"))
        #expect(waiting.status == .waiting)
        #expect(waiting.stage == .secondReminder)
        #expect(waiting.nextAction == .secondReminder)
        #expect(waiting.checkAgainOn == day("2026-11-06"))
        #expect(waiting.reasons.contains(.lastAnswer(on: day("2026-10-30"), channel: .email)))
        #expect(waiting.reasons.contains(.clockRestarted(on: day("2026-10-30"), cause: .answer)))

        let due = advisor.advise(b.file, today: day("2026-11-06"))
        #expect(due.status == .actionToday)
        #expect(due.action == .secondReminder)

        b.email(on: "2026-11-06")
        let next = advisor.advise(b.file, today: day("2026-11-13"))
        #expect(next.stage == .changeChannel)
        // The month for the lawyer now counts from the answer.
        b.callNoAnswer(on: "2026-11-13")
        #expect(advisor.advise(b.file, today: day("2026-11-29")).stage == .changeChannel)
        let legal = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(legal.stage == .legal)
        #expect(legal.reasons.contains(.processDuration(since: day("2026-10-30"), days: 31)))
    }

    @Test func anAnsweredCallIsAnAnswerNotAnotherChannelTried() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.event(.phone, .answered, on: "2026-10-24")
        let a = advisor.advise(b.file, today: day("2026-10-28"))
        #expect(a.status == .waiting)
        #expect(a.stage == .firstReminder)
        #expect(a.checkAgainOn == day("2026-10-31"))
        #expect(a.nextAction == .secondReminder)
        #expect(a.reasons.contains(.lastAnswer(on: day("2026-10-24"), channel: .phone)))
        #expect(!a.has(reasonKey: "reason.calls_without_answer"))
    }

    @Test func aPromiseWithAFutureDateMeansWait() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.promise(for: "2026-11-10", madeOn: "2026-10-23", amount: eur("450.00"))
        let a = advisor.advise(b.file, today: day("2026-11-05"))
        #expect(a.status == .waiting)
        #expect(a.action == .none)
        #expect(a.checkAgainOn == day("2026-11-11"))
        #expect(a.nextAction == .secondReminder)
        #expect(a.reasons.contains(.promisePending(promisedFor: day("2026-11-10"), madeOn: day("2026-10-23"), amount: eur("450.00"))))
        // Still waiting on the promised day itself.
        #expect(advisor.advise(b.file, today: day("2026-11-10")).status == .waiting)
    }

    @Test func aBrokenPromiseMovesOneStepUpAndIsNamed() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.promise(for: "2026-11-10", madeOn: "2026-10-23")
        let a = advisor.advise(b.file, today: day("2026-11-11"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .secondReminder)
        #expect(a.reasons.contains(.brokenPromise(promisedFor: day("2026-11-10"), madeOn: day("2026-10-23"), amount: nil)))
        #expect(a.reasons.first { $0.key == "reason.broken_promise" }?.parameters == ["promised_for": "2026-11-10", "made_on": "2026-10-23"])

        // The firmer email goes out; a week later, with no answer, another channel.
        b.email(on: "2026-11-11")
        #expect(advisor.advise(b.file, today: day("2026-11-17")).status == .waiting)
        #expect(advisor.advise(b.file, today: day("2026-11-18")).stage == .changeChannel)
    }

    @Test func aBrokenPromiseAfterOtherChannelsGoesLegal() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.callNoAnswer(on: "2026-11-04")
        b.event(.phone, .answered, on: "2026-11-05")
        b.promise(for: "2026-11-12", madeOn: "2026-11-05")
        let a = advisor.advise(b.file, today: day("2026-11-13"))
        #expect(a.stage == .legal)
        #expect(a.action == .legal(startedOn: nil))
    }

    @Test func aBrokenPromiseFollowedByAPartialPaymentIsStillNamed() {
        var (b, id) = Self.base()
        b.email(on: "2026-10-21")
        b.promise(for: "2026-11-10", madeOn: "2026-10-23", amount: eur("450.00"))
        b.pay(id, eur("150.00"), on: "2026-11-12")
        let a = advisor.advise(b.file, today: day("2026-11-19"))
        #expect(a.has(reasonKey: "reason.broken_promise"))
        #expect(a.reasons.contains(.clockRestarted(on: day("2026-11-12"), cause: .payment)))
        #expect(a.reasons.contains(.partialPayment(invoice: "F-2026-088", paid: eur("150.00"), remaining: eur("300.00"))))
        #expect(a.action == .secondReminder)
        #expect(a.worstInvoice?.outstanding == eur("300.00"))
    }

    @Test func aClientWhoWritesFirstGetsTheFirstReminderAWeekLater() {
        var (b, _) = Self.base()
        b.event(.email, .answered, on: "2026-10-22")
        #expect(advisor.advise(b.file, today: day("2026-10-28")).status == .waiting)
        let a = advisor.advise(b.file, today: day("2026-10-29"))
        #expect(a.action == .firstReminder)
    }

    @Test func aKeptPromiseIsNotBroken() {
        var (b, id) = Self.base()
        b.invoice("F-2026-101", issued: "2026-10-30", due: "2026-11-29", amount: eur("1200.00"))
        b.email(on: "2026-10-21")
        b.promise(for: "2026-11-10", madeOn: "2026-10-23", amount: eur("450.00"), invoice: id)
        b.pay(id, eur("450.00"), on: "2026-11-09")
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(!a.has(reasonKey: "reason.broken_promise"))
        #expect(a.worstInvoice?.invoice.number == "F-2026-101")
        #expect(a.stage == .firstReminder)
    }

    @Test func aDisputeStopsTheLadderAndSaysSinceWhen() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.pause(.dispute, from: "2026-10-25")
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(a.status == .paused)
        #expect(a.action == .none)
        #expect(a.checkAgainOn == nil)
        #expect(a.reasons.contains(.paused(kind: .dispute, since: day("2026-10-25"), until: nil, invoice: nil)))
        #expect(a.reasons.first?.parameters == ["kind": "dispute", "since": "2026-10-25"])
    }

    @Test func aPauseUntilADateResumesTheDayAfterWithoutAnExtraWeek() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.pause(.pause, from: "2026-10-25", until: "2026-11-15")
        let paused = advisor.advise(b.file, today: day("2026-11-15"))
        #expect(paused.status == .paused)
        #expect(paused.checkAgainOn == day("2026-11-16"))
        let resumed = advisor.advise(b.file, today: day("2026-11-16"))
        #expect(resumed.status == .actionToday)
        // The first reminder went out before the pause: the next email is the firmer one.
        #expect(resumed.stage == .secondReminder)
        #expect(resumed.reasons.contains(.clockRestarted(on: day("2026-11-16"), cause: .pauseEnded)))
    }

    @Test func aResolvedDisputeResumesTheLadder() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.pause(.dispute, from: "2026-10-30", resolvedOn: "2026-11-20")
        let a = advisor.advise(b.file, today: day("2026-11-20"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .secondReminder)
    }

    @Test func aPausedInvoiceLeavesTheOtherToDecide() {
        var (b, id) = Self.base()
        b.invoice("F-2026-101", issued: "2026-10-30", due: "2026-11-29", amount: eur("1200.00"))
        b.pause(.dispute, from: "2026-11-01", invoice: id)
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(a.worstInvoice?.invoice.number == "F-2026-101")
        #expect(a.worstDaysOverdue == 1)
        #expect(a.openInvoices.count == 2)
        #expect(a.consideredInvoices.map(\.invoice.number) == ["F-2026-101"])
        #expect(a.reasons.contains(.paused(kind: .dispute, since: day("2026-11-01"), until: nil, invoice: "F-2026-088")))
    }

    @Test func aPartialPaymentMeansChaseTheRemainder() {
        let b = Fixtures.piedPiper
        let a = advisor.advise(b.file, today: Fixtures.today)
        #expect(a.reasons.contains(.partialPayment(invoice: "F-2026-075", paid: eur("500.00"), remaining: eur("1500.00"))))
        #expect(a.worstInvoice?.outstanding == eur("1500.00"))
        #expect(a.reasons.first == .daysOverdue(invoice: "F-2026-075", due: day("2026-11-01"), days: 29, outstanding: eur("1500.00")))
        // The payment after the due date restarted the clock: a week later, the first reminder.
        #expect(a.reasons.contains(.clockRestarted(on: day("2026-11-15"), cause: .payment)))
        #expect(a.action == .firstReminder)
        let p = a.reasons.first { $0.key == "reason.partial_payment" }!.parameters
        #expect(p == ["invoice": "F-2026-075", "paid": "500.00", "remaining": "1500.00", "currency": "EUR"])
    }

    @Test func aFullyPaidClientIsSettled() {
        let a = advisor.advise(Fixtures.cafe.file, today: Fixtures.today)
        #expect(a.status == .settled)
        #expect(a.stage == .notDue)
        #expect(a.reasons == [.settled])
        #expect(a.openInvoices.isEmpty)
    }

    @Test func noOtherChannelOnRecordAsksTheUserForOne() {
        var b = FileBuilder(id: 6, name: "Café La Esquina", email: "hola@laesquina.es")
        b.invoice("F-2026-091", issued: "2026-10-06", due: "2026-11-05", amount: eur("95.00"))
        b.email(on: "2026-11-06")
        b.email(on: "2026-11-13")
        let a = advisor.advise(b.file, today: day("2026-11-20"))
        #expect(a.stage == .changeChannel)
        #expect(a.action.key == "action.change_channel_missing")
        #expect(a.has(reasonKey: "reason.no_other_channel_on_record"))
    }

    @Test func anotherEmailOnRecordIsOffered() {
        var b = FileBuilder(id: 6, name: "Café La Esquina", email: "hola@laesquina.es")
        b.event(.email, .sent, on: "2026-11-06")
        b.event(.email, .noAnswer, on: "2026-11-13")
        b.invoice("F-2026-091", issued: "2026-10-06", due: "2026-11-05", amount: eur("95.00"))
        var file = b.file
        file.client.contacts.append(ClientContact(kind: .email, value: "admin@laesquina.es"))
        guard case .changeChannel(let o) = advisor.advise(file, today: day("2026-11-20")).action else {
            Issue.record("expected change channel")
            return
        }
        #expect(o.otherEmails == ["admin@laesquina.es"])
        #expect(!o.isMissing)
    }

    @Test func anInvoiceWithoutDueDateIsAssumedDueThirtyDaysAfterIssue() {
        var b = FileBuilder(id: 11, name: "Sin Fecha S.L.", email: "a@b.es")
        b.invoice("F-X", issued: "2026-10-01", due: nil, amount: eur("100.00"))
        let a = advisor.advise(b.file, today: day("2026-11-05"))
        #expect(a.reasons.contains(.assumedDueDate(invoice: "F-X", due: day("2026-10-31"), termDays: 30)))
        #expect(a.worstDaysOverdue == 5)
        #expect(a.action == .firstReminder)
    }

    @Test func eventsInTheFutureAreIgnored() {
        var (b, _) = Self.base()
        b.email(on: "2026-12-01")
        #expect(advisor.advise(b.file, today: day("2026-11-01")).action == .firstReminder)
    }

    @Test func policyDecodesPartialConfigAndKeepsDefaults() throws {
        let json = Data(#"{"second_reminder_after_days": 5, "courtesy_note_days_before": null}"#.utf8)
        let p = try JSONDecoder().decode(EscalationPolicy.self, from: json)
        #expect(p.secondReminderAfterDays == 5)
        #expect(p.courtesyNoteDaysBefore == nil)
        #expect(p.legalAfterDays == 30)
        let again = try JSONDecoder().decode(EscalationPolicy.self, from: JSONEncoder().encode(p))
        #expect(again == p)
    }

    @Test func configurableThresholdsChangeTheTiming() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        let quick = EscalationAdvisor(policy: EscalationPolicy(secondReminderAfterDays: 3))
        #expect(quick.advise(b.file, today: day("2026-10-24")).action == .secondReminder)
        #expect(advisor.advise(b.file, today: day("2026-10-24")).action == .none)
    }
}
