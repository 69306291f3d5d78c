import Foundation

/// One invoicing tool's export: how to recognise it by its header, which of its columns mean what,
/// how its rows relate to invoices, and how it writes dates. Pure data; `ExportReader` applies it.
public struct ExportFormat: Sendable, Hashable, Identifiable {
    public enum Layout: String, Sendable, Hashable {
        /// One row is one invoice; the same number twice is a mistake (cobrador's own format).
        case invoicePerRow
        /// Rows grouped by invoice number: one per line item, or one per invoice.
        case grouped
        /// A ledger of transactions: invoices from the receivable lines, payments from the payment lines.
        case journal
    }

    /// What `--format` takes.
    public var name: String
    /// What the summary says: "Zoho Invoice".
    public var title: String
    public var layout: Layout
    /// How the tool writes 03/04/2026 when nothing in the file tells day from month.
    public var dateOrder: DateOrder
    /// The tool's own column names for each field, best first (matched as `HeaderKey`s).
    public var columns: [ImportField: [String]]
    /// Column names that identify the tool; `minimumMatches` of them must be in the header.
    public var signature: [String]
    public var minimumMatches: Int
    /// At least one of these must be present (when not empty).
    public var requiredAny: [String]
    /// Fields for which cobrador's generic column names must not be tried (a name that means
    /// something else in this tool: QuickBooks' running "Balance").
    public var noGenericNames: Set<ImportField>
    /// Grouped reports (QuickBooks) put the client's name on a row of its own above its invoices.
    public var sectionNamesClient: Bool
    /// cobrador's own format keeps its strict rules: zero or negative amounts are refused, not skipped.
    public var strict: Bool

    public var id: String { name }

    public init(
        name: String, title: String, layout: Layout, dateOrder: DateOrder, columns: [ImportField: [String]],
        signature: [String] = [], minimumMatches: Int = 2, requiredAny: [String] = [], noGenericNames: Set<ImportField> = [],
        sectionNamesClient: Bool = false, strict: Bool = false
    ) {
        self.name = name
        self.title = title
        self.layout = layout
        self.dateOrder = dateOrder
        self.columns = columns
        self.signature = signature
        self.minimumMatches = minimumMatches
        self.requiredAny = requiredAny
        self.noGenericNames = noGenericNames
        self.sectionNamesClient = sectionNamesClient
        self.strict = strict
    }

    /// How many of the signature columns `header` has, or nil when it is not this tool's export.
    func matchScore(_ header: Set<HeaderKey>) -> Int? {
        if !requiredAny.isEmpty, !requiredAny.contains(where: { header.contains(HeaderKey($0)) }) { return nil }
        let n = signature.reduce(0) { $0 + (header.contains(HeaderKey($1)) ? 1 : 0) }
        return n >= minimumMatches ? n : nil
    }

    /// The format whose signature `header` matches best; cobrador's own (with every generic column
    /// name) when none does.
    public static func detect(header: [String]) -> ExportFormat {
        let keys = Set(header.map(HeaderKey.init))
        var best: (format: ExportFormat, score: Int)?
        for format in catalog where format.name != cobrador.name {
            if let score = format.matchScore(keys), score > (best?.score ?? 0) { best = (format, score) }
        }
        return best?.format ?? cobrador
    }

    public static func named(_ name: String) -> ExportFormat? {
        let key = HeaderKey(name).value
        return catalog.first { HeaderKey($0.name).value == key || HeaderKey($0.title).value == key }
    }
}
