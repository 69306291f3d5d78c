/// A pause or a dispute recorded.
public struct PauseView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["pause.done", "pause.dispute_done"]

    public var client: String
    /// The invoice it is about; absent for the whole client.
    public var invoice: String?
    public var until: String?

    public init(client: String, invoice: String?, until: String?) {
        self.client = client
        self.invoice = invoice
        self.until = until
    }
}
