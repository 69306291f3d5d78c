import CobradorCore
import Foundation
import Testing

/// One client, one invoice of 450 € due 2026-10-20 (Acme's F-2026-088), walked up the ladder day by day.
@Suite("Escalation ladder, step by step")
struct EscalationLadderTests {
    let advisor = EscalationAdvisor()

    static func base() -> (FileBuilder, Int64) {
        var b = FileBuilder(id: 1, name: "Acme S.L.", email: "pagos@acme.es", phone: "+34 600 111 222", person: "Laura Gómez")
        let id = b.invoice("F-2026-088", issued: "2026-09-20", due: "2026-10-20", amount: eur("450.00"))
        return (b, id)
    }

    @Test func stage0BeforeTheCourtesyWindowWaitsForIt() {
        let (b, _) = Self.base()
        let a = advisor.advise(b.file, today: day("2026-10-10"))
        #expect(a.status == .notDue)
        #expect(a.stage == .notDue)
        #expect(a.action == .none)
        #expect(a.nextAction == .courtesyNote(invoice: "F-2026-088", due: day("2026-10-20")))
        // 3 days before the due date.
        #expect(a.checkAgainOn == day("2026-10-17"))
        #expect(a.reasons.first == .notDueYet(invoice: "F-2026-088", due: day("2026-10-20"), daysUntilDue: 10))
    }

    @Test func stage0InsideTheWindowSuggestsTheCourtesyNoteOnce() {
        var (b, _) = Self.base()
        let a = advisor.advise(b.file, today: day("2026-10-18"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .notDue)
        #expect(a.action.key == "action.courtesy_note")
        b.email(on: "2026-10-18")
        let after = advisor.advise(b.file, today: day("2026-10-19"))
        #expect(after.status == .notDue)
        #expect(after.action == .none)
        #expect(after.checkAgainOn == day("2026-10-21"))
        #expect(after.has(reasonKey: "reason.courtesy_note_sent"))
    }

    @Test func theDueDayItselfIsNotOverdue() {
        let (b, _) = Self.base()
        let a = advisor.advise(b.file, today: day("2026-10-20"))
        #expect(a.status != .waiting)
        #expect(a.stage == .notDue)
        #expect(a.nextAction == .firstReminder)
        #expect(a.checkAgainOn == day("2026-10-21"))
    }

    @Test func stage1OnDayOne() {
        let (b, _) = Self.base()
        let a = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .firstReminder)
        #expect(a.action == .firstReminder)
        #expect(a.reasons.first == .daysOverdue(invoice: "F-2026-088", due: day("2026-10-20"), days: 1, outstanding: eur("450.00")))
        #expect(a.checkAgainOn == day("2026-10-28"))
        #expect(a.worstInvoice?.invoice.number == "F-2026-088")
    }

    @Test func aReminderSentTodayMeansCheckAgainInSevenDays() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        let a = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(a.status == .waiting)
        #expect(a.stage == .firstReminder)
        #expect(a.action == .none)
        #expect(a.nextAction == .secondReminder)
        #expect(a.checkAgainOn == day("2026-10-28"))
        #expect(a.reasons.contains(.remindersSent(dates: [day("2026-10-21")])))
    }

    @Test func stage2SevenDaysAfterTheFirstReminder() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        #expect(advisor.advise(b.file, today: day("2026-10-27")).status == .waiting)
        let a = advisor.advise(b.file, today: day("2026-10-28"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .secondReminder)
        #expect(a.action == .secondReminder)
        #expect(a.checkAgainOn == day("2026-11-04"))
    }

    @Test func stage3AfterTwoEmailsOverAWeekWithoutAnswer() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        let waiting = advisor.advise(b.file, today: day("2026-11-03"))
        #expect(waiting.status == .waiting)
        #expect(waiting.stage == .secondReminder)
        #expect(waiting.checkAgainOn == day("2026-11-04"))
        let a = advisor.advise(b.file, today: day("2026-11-04"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .changeChannel)
        guard case .changeChannel(let options) = a.action else {
            Issue.record("expected change channel, got \(a.action)")
            return
        }
        #expect(options.phones == ["+34 600 111 222"])
        #expect(options.otherPeople == ["Laura Gómez"])
        #expect(options.otherEmails.isEmpty)
        #expect(options.askAboutSpam)
        #expect(a.action.key == "action.change_channel")
        #expect(a.action.parameters["phones"] == "+34 600 111 222")
        #expect(a.reasons.contains(.remindersSent(dates: [day("2026-10-21"), day("2026-10-28")])))
    }

    @Test func aCallWithoutAnswerKeepsStage3UntilTheMonthIsOverThenLegal() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.callNoAnswer(on: "2026-11-04")
        let afterCall = advisor.advise(b.file, today: day("2026-11-05"))
        #expect(afterCall.status == .waiting)
        #expect(afterCall.stage == .changeChannel)
        // Try again a week after the call, before the lawyer threshold (2026-10-21 + 31 = 2026-11-21).
        #expect(afterCall.checkAgainOn == day("2026-11-11"))
        #expect(afterCall.reasons.contains(.callsWithoutAnswer(dates: [day("2026-11-04")])))

        #expect(advisor.advise(b.file, today: day("2026-11-11")).action.stage == .changeChannel)
        b.callNoAnswer(on: "2026-11-16")
        // The next retry (11-23) would come after the month is over (11-21): the lawyer is what comes next.
        let beforeMonth = advisor.advise(b.file, today: day("2026-11-18"))
        #expect(beforeMonth.status == .waiting)
        #expect(beforeMonth.nextAction == .legal(startedOn: nil))
        #expect(beforeMonth.checkAgainOn == day("2026-11-21"))

        // 30 days after the first reminder is not yet "more than a month".
        #expect(advisor.advise(b.file, today: day("2026-11-20")).stage != .legal)
        let legal = advisor.advise(b.file, today: day("2026-11-21"))
        #expect(legal.status == .actionToday)
        #expect(legal.stage == .legal)
        #expect(legal.action == .legal(startedOn: nil))
        #expect(legal.action.key == "action.legal")
        #expect(legal.reasons.contains(.processDuration(since: day("2026-10-21"), days: 31)))
        #expect(legal.checkAgainOn == day("2026-12-05"))
    }

    @Test func pastTheMonthWithOnlyEmailsStillAsksForAnotherChannel() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.email(on: "2026-11-10")
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .changeChannel)
        #expect(a.reasons.contains(.otherChannelsNotTried(since: day("2026-10-21"), days: 40)))
    }

    @Test func legalClockCanStartAtTheDueDate() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-25")
        b.email(on: "2026-11-01")
        b.callNoAnswer(on: "2026-11-08")
        var policy = EscalationPolicy()
        policy.legalClockStart = .dueDate
        let byDue = EscalationAdvisor(policy: policy).advise(b.file, today: day("2026-11-21"))
        #expect(byDue.stage == .legal)
        #expect(byDue.reasons.contains(.processDuration(since: day("2026-10-20"), days: 32)))
        // Counted from the first reminder (2026-10-25) it is only 27 days.
        #expect(advisor.advise(b.file, today: day("2026-11-21")).stage == .changeChannel)
    }

    @Test func aLawyerOrLetterMeansLegalHasStarted() {
        var (b, _) = Self.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        b.callNoAnswer(on: "2026-11-04")
        b.event(.lawyer, .sent, on: "2026-11-22")
        let a = advisor.advise(b.file, today: day("2026-11-30"))
        #expect(a.status == .waiting)
        #expect(a.stage == .legal)
        #expect(a.nextAction == .legal(startedOn: day("2026-11-22")))
        #expect(a.checkAgainOn == day("2026-12-06"))
        #expect(a.reasons.contains(.legalStarted(on: day("2026-11-22"), channel: .lawyer)))
        let later = advisor.advise(b.file, today: day("2026-12-06"))
        #expect(later.status == .actionToday)
        #expect(later.action.key == "action.legal_follow_up")
        #expect(later.action.parameters == ["started_on": "2026-11-22"])
    }
}
