import CobradorCore
import Testing

@Suite struct PromiseRecognitionTests {
    static let today = Fixtures.today

    @Test func aFutureDayWithAPayingVerbIsAPromise() {
        #expect(PromiseRecognition.isPromise(reportedDay: day("2026-12-04"), mentionsPaying: true, today: Self.today))
    }

    @Test(arguments: [
        (Optional("2026-12-04"), false),  // a future day but nothing about paying: a contact planned or mistyped
        (Optional("2026-11-30"), true),  // today: what they did, not a promise
        (Optional("2026-11-20"), true),
        (nil, true),
    ])
    func otherwiseItIsTheContactItSays(reported: String?, paying: Bool) {
        #expect(!PromiseRecognition.isPromise(reportedDay: reported.map(day), mentionsPaying: paying, today: Self.today))
    }
}
