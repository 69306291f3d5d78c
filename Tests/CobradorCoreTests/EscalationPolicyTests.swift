import CobradorCore
import Foundation
import Testing

@Suite("Escalation policy knobs")
struct EscalationPolicyTests {
    @Test func legalWithoutOtherChannelsWhenTheUserAllowsIt() {
        var (b, _) = EscalationLadderTests.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        var policy = EscalationPolicy()
        policy.legalRequiresOtherChannel = false
        let a = EscalationAdvisor(policy: policy).advise(b.file, today: day("2026-11-21"))
        #expect(a.stage == .legal)
        #expect(!a.has(reasonKey: "reason.other_channels_not_tried"))
    }

    @Test func moreEmailsBeforeChangingChannel() {
        var (b, _) = EscalationLadderTests.base()
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        let advisor = EscalationAdvisor(policy: EscalationPolicy(changeChannelMinEmails: 3))
        // A third firm email instead of a call.
        #expect(advisor.advise(b.file, today: day("2026-11-04")).action == .secondReminder)
        b.email(on: "2026-11-04")
        #expect(advisor.advise(b.file, today: day("2026-11-11")).stage == .changeChannel)
    }

    @Test func noCourtesyNoteWhenDisabled() {
        let (b, _) = EscalationLadderTests.base()
        let advisor = EscalationAdvisor(policy: EscalationPolicy(courtesyNoteDaysBefore: nil))
        let a = advisor.advise(b.file, today: day("2026-10-18"))
        #expect(a.status == .notDue)
        #expect(a.action == .none)
        #expect(a.nextAction == .firstReminder)
        #expect(a.checkAgainOn == day("2026-10-21"))
    }
}
