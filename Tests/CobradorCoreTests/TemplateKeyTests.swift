import CobradorCore
import Foundation
import Testing

@Suite("Template keys and parameters")
struct TemplateKeyTests {
    static let d = day("2026-11-30")

    static let reasons: [FollowUpReason] = [
        .settled,
        .notDueYet(invoice: "F-1", due: d, daysUntilDue: 3),
        .daysOverdue(invoice: "F-1", due: d, days: 41, outstanding: eur("450.00")),
        .assumedDueDate(invoice: "F-1", due: d, termDays: 30),
        .partialPayment(invoice: "F-1", paid: eur("500.00"), remaining: eur("1500.00")),
        .courtesyNoteSent(on: d),
        .remindersSent(dates: [day("2026-10-21"), day("2026-10-28")]),
        .callsWithoutAnswer(dates: [d]),
        .lastAnswer(on: d, channel: .phone),
        .clockRestarted(on: d, cause: .pauseEnded),
        .promisePending(promisedFor: d, madeOn: d, amount: eur("10.00")),
        .brokenPromise(promisedFor: d, madeOn: d, amount: nil),
        .paused(kind: .dispute, since: d, until: nil, invoice: "F-1"),
        .legalStarted(on: d, channel: .letter),
        .processDuration(since: d, days: 31),
        .otherChannelsNotTried(since: d, days: 40),
        .noOtherChannelOnRecord,
    ]

    static let actions: [FollowUpAction] = [
        .none, .courtesyNote(invoice: "F-1", due: d), .firstReminder, .secondReminder,
        .changeChannel(ChannelOptions(phones: ["+34 600 111 222"], otherPeople: ["Laura Gómez"])),
        .changeChannel(ChannelOptions()), .legal(startedOn: nil), .legal(startedOn: d),
    ]

    @Test func everyReasonHasItsOwnKey() {
        let keys = Self.reasons.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.hasPrefix("reason.") })
    }

    @Test func everyActionHasItsOwnKey() {
        let keys = Self.actions.map(\.key)
        #expect(Set(keys).count == keys.count)
        #expect(
            keys == [
                "action.none", "action.courtesy_note", "action.first_reminder", "action.second_reminder",
                "action.change_channel", "action.change_channel_missing", "action.legal", "action.legal_follow_up",
            ])
    }

    @Test(arguments: reasons)
    func parametersArePlainStrings(_ reason: FollowUpReason) {
        for (name, value) in reason.parameters {
            if ["date", "due", "since", "until", "promised_for", "made_on", "first", "last"].contains(name) {
                #expect(CalendarDay(parsing: value)?.isoString == value, "\(name)=\(value)")
            }
            if ["amount", "paid", "remaining"].contains(name) {
                #expect(Decimal(string: value) != nil && !value.contains(","), "\(name)=\(value)")
                #expect(reason.parameters["currency"] == "EUR")
            }
        }
    }

    @Test func listsAreJoinedAndCounted() {
        let p = FollowUpReason.remindersSent(dates: [day("2026-10-21"), day("2026-10-28")]).parameters
        #expect(p == ["count": "2", "dates": "2026-10-21, 2026-10-28", "first": "2026-10-21", "last": "2026-10-28"])
        let c = FollowUpAction.changeChannel(ChannelOptions(phones: ["1", "2"], callsWithoutAnswer: 1)).parameters
        #expect(c["phones"] == "1, 2")
        #expect(c["calls_without_answer"] == "1")
    }

    @Test func adviceRoundTripsThroughJSON() throws {
        var b = Fixtures.acme
        b.email(on: "2026-10-21")
        b.email(on: "2026-10-28")
        let advice = EscalationAdvisor().advise(b.file, today: Fixtures.today)
        let decoded = try JSONDecoder().decode(FollowUpAdvice.self, from: JSONEncoder().encode(advice))
        #expect(decoded == advice)
        #expect(advice.status.key == "status.action_today")
        #expect(advice.stage.key == "stage.change_channel")
    }
}
