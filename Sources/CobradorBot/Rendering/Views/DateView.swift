/// A reply about one day: a date that has not come yet, one already past, when to look again.
public struct DateView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "agenda.check_again", "payment.future_date", "contact.future_date", "promise.past_date",
    ]

    public var date: String

    public init(date: String) { self.date = date }
}
