/// An email that went out: where to, for which client, its Message-ID (also when its log entry is undone).
public struct MailSentView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["mail.sent", "mail.undo_sent"]

    public var to: String
    public var client: String?
    public var messageID: String?

    public init(to: String, client: String? = nil, messageID: String? = nil) {
        self.to = to
        self.client = client
        self.messageID = messageID
    }

    enum CodingKeys: String, CodingKey {
        case to, client
        case messageID = "message_id"
    }
}
