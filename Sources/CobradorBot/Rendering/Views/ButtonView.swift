/// The label of a button under a reply, and the words it stands for.
public struct ButtonView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "button.confirm.label", "button.confirm.message", "button.deny.label", "button.deny.message",
        "button.mark_sent.label", "button.mark_sent.message", "button.redraft_firm.label", "button.redraft_firm.message",
        "button.status.label", "button.status.message", "button.next_step.label", "button.next_step.message",
    ]

    public var client: String?

    public init(client: String? = nil) { self.client = client }
}
