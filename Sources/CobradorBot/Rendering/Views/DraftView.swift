/// A reminder email drafted for the client's stage.
public struct DraftView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["draft.reply"]

    public var client: String
    public var stage: String
    public var to: String?
    public var cc: String?
    public var subject: String
    public var body: String
    /// At stage 3: the advice to change channel, shown under the email.
    public var call: String?
    /// At stage 4: the lawyer comes next.
    public var legal: Bool

    public init(client: String, stage: String, to: String?, cc: String?, subject: String, body: String, call: String?, legal: Bool) {
        self.client = client
        self.stage = stage
        self.to = to
        self.cc = cc
        self.subject = subject
        self.body = body
        self.call = call
        self.legal = legal
    }
}
