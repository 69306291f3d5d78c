import CobradorCore

/// One line of what `cobrador import` did: a count of invoices (with a sample of their numbers or
/// names), and what the line needs besides.
public struct ImportReportLineView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "import.created", "import.updated", "import.unchanged", "import.clients_created", "import.removed",
        "import.kept_with_history", "import.due_assumed", "import.due_from_terms", "import.due_before_issued",
        "import.default_currency", "import.unknown_statuses", "import.balance_above_total", "import.overpaid",
        "import.partial_without_amount", "import.payments_without_invoice", "import.future_payments", "import.unused_columns",
    ]

    /// A status word of the file and how many invoices had it, with a comma before every one but the first.
    public struct Status: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
        public var comma: Bool?
    }

    public var count: Int?
    /// The first numbers or names, joined, with "…" when there are more.
    public var list: String?
    public var termDays: Int?
    /// `--terms` was given (else the days are the default).
    public var termsGiven: Bool?
    public var currency: String?
    public var statuses: [Status]?
    /// Column names, joined.
    public var names: String?

    public init(
        count: Int? = nil, list: String? = nil, termDays: Int? = nil, termsGiven: Bool = false, currency: String? = nil,
        statuses: [(name: String, count: Int)] = [], names: String? = nil
    ) {
        self.count = count
        self.list = list
        self.termDays = termDays
        self.termsGiven = termsGiven ? true : nil
        self.currency = currency
        let listed = statuses.enumerated().map { Status(name: $0.element.name, count: $0.element.count, comma: $0.offset > 0 ? true : nil) }
        self.statuses = listed.isEmpty ? nil : listed
        self.names = names
    }
}
