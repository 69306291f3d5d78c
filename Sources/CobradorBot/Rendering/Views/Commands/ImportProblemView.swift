import CobradorCore

/// Why an import refused a line or the file (`ImportProblem.key`), with the reason's values.
public struct ImportProblemView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "import.problem.empty", "import.problem.unknown_layout", "import.problem.mapped_column_missing",
        "import.problem.wrong_field_count", "import.problem.missing_value", "import.problem.bad_date",
        "import.problem.date_order_conflict", "import.problem.bad_amount", "import.problem.negative_amount",
        "import.problem.zero_amount", "import.problem.unknown_currency", "import.problem.no_currency",
        "import.problem.no_currency_symbol", "import.problem.currency_conflict", "import.problem.paid_exceeds_amount",
        "import.problem.duplicate_in_file", "import.problem.invoice_rows_disagree",
        "import.problem.number_belongs_to_other_client", "import.problem.currency_changed",
        "import.problem.unterminated_quote", "import.problem.too_long",
    ]

    /// A column the header has (or should have), with a comma before every one but the first.
    public struct Column: Codable, Sendable, Hashable {
        public var name: String
        public var comma: Bool?
    }

    public var column: String?
    public var value: String?
    /// The field of a `--map FIELD=COLUMN`.
    public var field: String?
    /// The fields a header lacks, in words, joined.
    public var fields: String?
    /// The columns a header has that no field took.
    public var unused: [Column]?
    /// The `--map` options that would read the file.
    public var example: String?
    public var expected: Int?
    public var got: Int?
    /// The order the file's other dates settled: month first, else day first.
    public var monthFirst: Bool?
    /// The `--dates` value that reads the file the other way round.
    public var otherOrder: String?
    public var symbol: String?
    public var currency: String?
    public var number: String?
    public var firstLine: Int?
    public var client: String?
    public var first: String?
    public var other: String?
    public var from: String?
    public var to: String?

    /// `fieldLabels` are the missing fields of an unknown layout, already in words.
    public init(_ reason: ImportProblem.Reason, fieldLabels: [String] = []) {
        switch reason {
        case .empty, .zeroAmount, .paidExceedsAmount, .unterminatedQuote:
            break
        case .unknownLayout(let missing, let unusedColumns):
            fields = fieldLabels.joined(separator: ", ")
            unused = unusedColumns.enumerated().map { Column(name: $0.element, comma: $0.offset > 0 ? true : nil) }
            example = ImportProblem.mapExample(missing: missing, unused: unusedColumns)
        case .mappedColumnMissing(let field, let column):
            self.field = field
            self.column = column
        case .wrongFieldCount(let expected, let got):
            self.expected = expected
            self.got = got
        case .missingValue(let column), .negativeAmount(let column), .tooLong(let column):
            self.column = column
        case .badDate(let column, let value), .badAmount(let column, let value):
            self.column = column
            self.value = value
        case .dateOrderConflict(let column, let value, let order):
            self.column = column
            self.value = value
            monthFirst = order == .mdy ? true : nil
            otherOrder = order == .mdy ? "dmy" : "mdy"
        case .unknownCurrency(let code):
            value = code
        case .noCurrency(let symbol):
            self.symbol = symbol
        case .currencyConflict(let value, let currency):
            self.value = value
            self.currency = currency
        case .duplicateInFile(let number, let firstLine):
            self.number = number
            self.firstLine = firstLine
        case .invoiceRowsDisagree(let number, let column, let first, let other):
            self.number = number
            self.column = column
            self.first = first
            self.other = other
        case .numberBelongsToOtherClient(let number, let client):
            self.number = number
            self.client = client
        case .currencyChanged(let number, let from, let to):
            self.number = number
            self.from = from
            self.to = to
        }
    }
}
