import CobradorCore

/// The first line of an import's report: which format the file was read as, its lines and what they held.
/// Counts of zero are nil, so that their part of the sentence disappears.
public struct ImportRecognitionView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = ["import.recognition"]

    /// cobrador's own CSV.
    public var cobrador: Bool?
    /// Another tool's export, recognised by its header.
    public var detected: Bool?
    /// Another tool's export, read as the user said (`--format`).
    public var forced: Bool?
    /// The tool's name.
    public var title: String?
    public var lines: Int
    public var invoices: Int
    public var drafts: Int?
    public var voided: Int?
    public var cancelled: Int?
    public var writtenOff: Int?
    public var notInvoices: Int?
    public var zeroTotal: Int?
    /// Title, section, total or other-account lines.
    public var otherLines: Int?

    public init(lines: Int, invoices: Int) {
        self.lines = lines
        self.invoices = invoices
    }
}
