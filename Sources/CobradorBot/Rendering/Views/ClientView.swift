/// A reply about one client that needs only its name.
public struct ClientView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "draft.nothing_owed", "demand_letter.nothing_overdue", "late_fee.nothing_late", "pause.none_active", "pause.resumed",
        "hint.draft", "hint.log_call", "hint.demand_letter", "hint.resume", "promise.which_date", "contact_update.what",
        "invoice_add.which_amount", "payment.nothing_open",
    ]

    public var client: String

    public init(client: String) { self.client = client }
}
