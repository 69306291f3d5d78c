import CobradorCore
import Foundation
import Testing

/// The ladder adapted to how each client has paid (F-2026-088, 450 € due 2026-10-20, after a history).
@Suite("Escalation shaped by payment behaviour")
struct EscalationBehaviourTests {
    let advisor = EscalationAdvisor()

    static func client(history lateness: [Int]) -> FileBuilder {
        var (b, _) = EscalationLadderTests.base()
        b.paidHistory(lateness, before: "2026-10-01")
        return b
    }

    @Test func anOnTimeClientGetsASofterFirstNoteAndAWeekMoreBeforeTheSecond() {
        var b = Self.client(history: [0, 0, -3, 0, 0, -1, 0, 0])
        let first = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(first.action == .firstReminder)
        #expect(first.soft)
        #expect(first.paymentProfile == .onTime)
        #expect(first.reasons.contains(.paysOnTime(sharePercent: 100, invoices: 8, extraDays: 7)))
        #expect(first.checkAgainOn == day("2026-11-04"))

        b.email(on: "2026-10-21")
        let week = advisor.advise(b.file, today: day("2026-10-28"))
        #expect(week.status == .waiting)
        #expect(week.nextAction == .secondReminder)
        #expect(week.checkAgainOn == day("2026-11-04"))
        #expect(!week.soft)
        #expect(week.has(reasonKey: "reason.behaviour_on_time"))
        let second = advisor.advise(b.file, today: day("2026-11-04"))
        #expect(second.action == .secondReminder)
        #expect(!second.soft)
    }

    @Test func aChronicLatePayerGetsThePhoneAWeekSooner() {
        var b = Self.client(history: [25, 40, 31, 60, 22])
        let first = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(first.action == .firstReminder)
        #expect(!first.soft)
        b.email(on: "2026-10-21")
        let a = advisor.advise(b.file, today: day("2026-10-28"))
        #expect(a.status == .actionToday)
        #expect(a.stage == .changeChannel)
        #expect(a.action.key == "action.change_channel")
        #expect(a.reasons.contains(.paysChronicallyLate(medianDaysLate: 31, invoices: 5, emailsBeforePhone: 1)))
        // Without the history the same day is the second email; the phone would come a week later.
        let plain = EscalationAdvisor(policy: EscalationPolicy(usePaymentBehaviour: false))
        #expect(plain.advise(b.file, today: day("2026-10-28")).action == .secondReminder)
    }

    @Test func aClientWhosePromisesBrokeIsAskedForADate() {
        var (b, _) = EscalationLadderTests.base()
        let old = b.invoice("F-2026-040", issued: "2026-06-01", due: "2026-07-01", amount: eur("200.00"))
        b.promise(for: "2026-07-15", madeOn: "2026-07-05", invoice: old)
        b.pay(old, eur("200.00"), on: "2026-08-20")
        let a = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(a.requiresDatedPromise)
        #expect(a.reasons.contains(.promisesBroken(broken: 1, kept: 0)))
        #expect(a.action == .firstReminder)
    }

    @Test func thePromiseJustBrokenIsNotAlsoCountedAsBrokenBefore() {
        var (b, _) = EscalationLadderTests.base()
        b.email(on: "2026-10-21")
        b.promise(for: "2026-11-10", madeOn: "2026-10-23")
        let a = advisor.advise(b.file, today: day("2026-11-11"))
        #expect(a.reasons.contains(.brokenPromise(promisedFor: day("2026-11-10"), madeOn: day("2026-10-23"), amount: nil)))
        // Still asked for a date, but "broke a promise before" would name the same promise twice.
        #expect(a.requiresDatedPromise)
        #expect(!a.has(reasonKey: "reason.behaviour_promises_broken"))

        // One broken earlier, on another invoice: that one (and only that one) is "before".
        let old = b.invoice("F-2026-040", issued: "2026-06-01", due: "2026-07-01", amount: eur("200.00"))
        b.promise(for: "2026-07-15", madeOn: "2026-07-05", invoice: old)
        b.pay(old, eur("200.00"), on: "2026-08-20")
        let again = advisor.advise(b.file, today: day("2026-11-11"))
        #expect(again.has(reasonKey: "reason.broken_promise"))
        #expect(again.reasons.contains(.promisesBroken(broken: 1, kept: 0)))
    }

    @Test func oneSettingTurnsItOff() {
        var b = Self.client(history: [0, 0, 0, 0, 0, 0])
        let off = EscalationAdvisor(policy: EscalationPolicy(usePaymentBehaviour: false))
        let first = off.advise(b.file, today: day("2026-10-21"))
        #expect(!first.soft)
        #expect(first.paymentProfile == nil)
        #expect(!first.has(reasonKey: "reason.behaviour_on_time"))
        b.email(on: "2026-10-21")
        #expect(off.advise(b.file, today: day("2026-10-28")).action == .secondReminder)
    }

    @Test func theSettingIsReadFromTheFollowUpSection() throws {
        let json = #"{"use_payment_behaviour": false, "payment_behaviour": {"on_time_extra_days": 3}}"#
        let policy = try JSONDecoder().decode(EscalationPolicy.self, from: Data(json.utf8))
        #expect(!policy.usePaymentBehaviour)
        #expect(policy.paymentBehaviour.onTimeExtraDaysBeforeSecondReminder == 3)
        let defaults = try JSONDecoder().decode(EscalationPolicy.self, from: Data("{}".utf8))
        #expect(defaults.usePaymentBehaviour)
        #expect(defaults.paymentBehaviour == .standard)
    }

    @Test func theExtraTimeIsConfigurable() {
        var b = Self.client(history: [0, 0, 0, 0, 0])
        b.email(on: "2026-10-21")
        var policy = EscalationPolicy()
        policy.paymentBehaviour.onTimeExtraDaysBeforeSecondReminder = 3
        let a = EscalationAdvisor(policy: policy).advise(b.file, today: day("2026-10-28"))
        #expect(a.checkAgainOn == day("2026-10-31"))
    }

    @Test func clientsWithLittleHistoryKeepTheStandardLadder() {
        var b = Self.client(history: [0, 0])
        let first = advisor.advise(b.file, today: day("2026-10-21"))
        #expect(first.paymentProfile == .notEnoughHistory)
        #expect(!first.soft)
        b.email(on: "2026-10-21")
        #expect(advisor.advise(b.file, today: day("2026-10-28")).action == .secondReminder)
    }
}
