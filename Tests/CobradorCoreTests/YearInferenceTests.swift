import CobradorCore
import Testing

@Suite struct YearInferenceTests {
    static let november = day("2026-11-30")

    @Test(arguments: [
        ("2026-10-24", "2026-10-24"),  // already past this year
        ("2026-11-30", "2026-11-30"),  // today
        ("2026-12-24", "2026-12-24"),  // days ahead: a slip, left to be refused
        ("2026-12-31", "2026-12-31"),  // exactly a month ahead: still a slip
        ("2027-01-15", "2026-01-15"),  // further ahead: last January
        ("2027-11-29", "2026-11-29"),
    ])
    func aPastEventsDayAheadOfTodayIsLastYears(said: String, meant: String) {
        #expect(YearInference.pastEvent(day(said), today: Self.november) == day(meant))
    }

    @Test func aDayMoreThanAYearAheadIsLeftAsSaid() {
        #expect(YearInference.pastEvent(day("2028-03-01"), today: Self.november) == day("2028-03-01"))
    }

    @Test func leapDaysMoveToTheEndOfFebruary() {
        #expect(YearInference.pastEvent(day("2028-02-29"), today: day("2027-11-30")) == day("2027-02-28"))
    }
}
