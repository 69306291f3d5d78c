/// One open invoice in a client's status: "• F-1 — 450,00 € — venció el … (41 días)".
public struct StatusInvoiceView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["client_status.invoice"]

    public var number: String
    public var outstanding: String
    /// The invoice's full amount, shown when part of it is paid.
    public var total: String?
    public var due: String?
    public var daysText: String?
    public var overdue: Bool
    public var dueToday: Bool
    public var dueLater: Bool
    public var noDueDate: Bool

    public init(number: String, outstanding: String) {
        self.number = number
        self.outstanding = outstanding
        self.overdue = false
        self.dueToday = false
        self.dueLater = false
        self.noDueDate = false
    }
}
