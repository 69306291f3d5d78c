import Foundation

/// Reads an invoice file of any supported layout, streaming: finds the header under any preamble,
/// recognises the tool, maps its columns, and turns its rows into invoices by the rules of
/// docs/import.md (grouping, balances, statuses, terms, currencies, dates). Memory stays bounded:
/// a 1 MB window to recognise the file, and at most `windowSize` invoices gathering their rows.
/// The store pulls the invoices with `nextItem()`; what cannot be read is in `problems`.
public final class ExportReader: InvoiceRowSource {
    public static let windowSize = 50_000
    static let sniffBytes = 1 << 20
    static let maxTextLength = 500

    public let mapping: ColumnMapping
    public private(set) var report: ImportReadReport
    public private(set) var problems = ImportProblemLog()
    public var format: ExportFormat { report.format }
    public let totalBytes: Int?
    public var bytesRead: Int { reader.bytesRead }

    private let reader: CSVRecordReader
    private let options: ImportOptions
    private let headerLine: Int
    private let headerFieldCount: Int
    private var dateOrder: DateOrder
    private var dateOrderSettled: Bool
    private var ambiguousDateLine: Int?
    private var section: String?
    private var pending: [ImportItem] = []
    private var pendingIndex = 0
    private var finished = false
    private var open: [String: InvoiceAccumulator] = [:]
    private var openOrder: [String] = []
    private var openOrderHead = 0
    private var lastKey: String?
    private var noCurrencyReported = false
    private var statusCache: [String: InvoiceStanding?] = [:]
    private var kindCache: [String: DocumentKind?] = [:]
    private var accountCache: [String: LedgerAccount] = [:]
    private var currencyCache: [String: Currency] = [:]
    private let rules: InvoiceRules
    /// `mapping.columns` by `ImportField.ordinal`: a dictionary look-up per field and row was measurable.
    private let columnsByField: [[Int]]
    private let numberColumn: Int?

    /// Reads the start of the file to find its layout; throws when it cannot (empty, unknown layout,
    /// `--map` naming a column that is not there). Reading the rows happens in `nextItem()`.
    public init(source: any ByteSource, options: ImportOptions = ImportOptions()) throws(ImportFailure) {
        self.options = options
        var input: any ByteSource = source
        var prefix: [UInt8]
        do {
            prefix = try Self.readPrefix(source)
            if prefix.count >= 2, prefix[0] == 0xFF && prefix[1] == 0xFE || prefix[0] == 0xFE && prefix[1] == 0xFF {
                let bigEndian = prefix[0] == 0xFE
                input = UTF16ByteSource(source: PrefixedByteSource(prefix: Array(prefix.dropFirst(2)), rest: source), bigEndian: bigEndian)
                prefix = try Self.readPrefix(input)
            } else if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
                prefix.removeFirst(3)
            }
        } catch {
            throw ImportFailure([ImportProblem(line: 0, reason: .empty)])
        }
        totalBytes = source.totalBytes
        guard prefix.contains(where: { !ImportText.isBlank($0) }) else { throw ImportFailure([ImportProblem(line: 0, reason: .empty)]) }

        // Excel's "sep=;" first line names the delimiter.
        var delimiter = Self.sniffDelimiter(prefix)
        var sepLine = false
        if prefix.count >= 5, String(decoding: prefix.prefix(4), as: UTF8.self).lowercased() == "sep=" {
            delimiter = prefix[4]
            sepLine = true
        }
        let whole = prefix.count < Self.sniffBytes
        let sample = Self.sampleRecords(prefix, delimiter: delimiter, whole: whole, skipFirst: sepLine)
        guard let headerIndex = Self.headerIndex(sample, overrides: options.mappings) else {
            throw ImportFailure([ImportProblem(line: 0, reason: .empty)])
        }
        let header = sample[headerIndex]
        let format = options.format ?? ExportFormat.detect(header: header.fields)
        mapping = try ColumnMapping(header: header.fields, format: format, overrides: options.mappings)
        let missing = mapping.missingFields(for: format)
        if !missing.isEmpty {
            throw ImportFailure([
                ImportProblem(
                    line: header.line,
                    reason: .unknownLayout(
                        missing: missing.map(\.rawValue), unused: mapping.unused))
            ])
        }
        headerLine = header.line
        headerFieldCount = header.fields.count
        rules = InvoiceRules(format: format, options: options, mapping: mapping)
        let mapped = mapping
        columnsByField = ImportField.allCases.map { mapped.columns[$0] ?? [] }
        numberColumn = mapped.column(.number)
        report = ImportReadReport(format: format, detected: options.format == nil)
        report.headerLine = header.line
        report.unusedColumns = mapping.unused
        report.termDays = options.termDays
        report.termDaysGiven = options.termDaysGiven

        // Day or month first: --dates, else what the sampled dates show, else the tool's habit.
        if let given = options.dateOrder {
            (dateOrder, dateOrderSettled) = (given, true)
        } else if let seen = Self.dateEvidence(sample[(headerIndex + 1)...], mapping: mapping) {
            (dateOrder, dateOrderSettled) = (seen, true)
        } else {
            (dateOrder, dateOrderSettled) = (format.dateOrder, false)
        }
        report.dateOrder = dateOrder
        report.dateOrderSettled = dateOrderSettled
        reader = CSVRecordReader(source: PrefixedByteSource(prefix: prefix, rest: input), delimiter: delimiter)
    }

    // MARK: - Reading the start of the file

    private static func readPrefix(_ source: any ByteSource) throws -> [UInt8] {
        var prefix = [UInt8](repeating: 0, count: sniffBytes)
        var filled = 0
        while filled < sniffBytes {
            let n = try prefix.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if n == 0 { break }
            filled += n
        }
        prefix.removeSubrange(filled...)
        return prefix
    }

    /// The delimiter that splits the first lines most consistently: `,`, `;`, tab or `|`.
    static func sniffDelimiter(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]
        var perLine: [[Int]] = []
        var counts = [0, 0, 0, 0]
        var inQuotes = false
        for b in bytes.prefix(64 * 1024) {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if b == 10 || b == 13 {
                if counts.contains(where: { $0 > 0 }) { perLine.append(counts) }
                counts = [0, 0, 0, 0]
                if perLine.count >= 50 { break }
            } else if let k = candidates.firstIndex(of: b) {
                counts[k] += 1
            }
        }
        if counts.contains(where: { $0 > 0 }) { perLine.append(counts) }
        var best = (delimiter: candidates[0], score: 0, width: 0)
        for (k, candidate) in candidates.enumerated() {
            var frequency: [Int: Int] = [:]
            for line in perLine where line[k] > 0 { frequency[line[k], default: 0] += 1 }
            guard let (width, lines) = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if lines > best.score || lines == best.score && width > best.width { best = (candidate, lines, width) }
        }
        return best.delimiter
    }

    struct SampleRecord {
        var line: Int
        var fields: [String]
    }

    /// The first records of the file (those wholly inside the sniffed bytes).
    private static func sampleRecords(_ prefix: [UInt8], delimiter: UInt8, whole: Bool, skipFirst: Bool) -> [SampleRecord] {
        let reader = CSVRecordReader(source: MemoryByteSource(prefix), delimiter: delimiter)
        var records: [SampleRecord] = []
        while records.count < 20_000, (try? reader.next()) == true {
            if skipFirst && reader.recordLine == 1 { continue }
            records.append(SampleRecord(line: reader.recordLine, fields: reader.fields))
        }
        if !whole, !records.isEmpty { records.removeLast() }
        return records
    }

    /// The header is the row among the first ones with the most cells that are known column names.
    private static func headerIndex(_ records: [SampleRecord], overrides: [ColumnOverride]) -> Int? {
        let extra = Set(overrides.map { HeaderKey($0.column) })
        var best: (index: Int, score: Int)?
        for (i, r) in records.prefix(200).enumerated() {
            let score = r.fields.reduce(0) { n, cell in
                let key = HeaderKey(cell)
                return n + (ExportFormat.allHeaderKeys.contains(key) || extra.contains(key) ? 1 : 0)
            }
            if score >= 2, score > (best?.score ?? 0) { best = (i, score) }
        }
        if let best { return best.index }
        return records.firstIndex { $0.fields.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// `.dmy` or `.mdy` when the sampled dates show it (a day over 12) and do not contradict each other.
    private static func dateEvidence(_ records: ArraySlice<SampleRecord>, mapping: ColumnMapping) -> DateOrder? {
        let columns = [ImportField.issued, .due, .paidOn].flatMap { mapping.columns[$0] ?? [] }
        var dmy = 0
        var mdy = 0
        for r in records {
            for c in columns where c < r.fields.count {
                var text = r.fields[c]
                switch text.withUTF8({ ImportDate.evidence($0) }) {
                case .dmy?: dmy += 1
                case .mdy?: mdy += 1
                default: break
                }
            }
        }
        if dmy > 0 && mdy == 0 { return .dmy }
        if mdy > 0 && dmy == 0 { return .mdy }
        return nil
    }

    // MARK: - Invoices

    public func nextItem() -> ImportItem? {
        while pendingIndex == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingIndex = 0
            if finished { return nil }
            readRecord()
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    private func readRecord() {
        let more: Bool
        do {
            more = try reader.next()
        } catch {
            problems.add(line: 0, .empty)
            more = false
        }
        guard more else {
            if let line = reader.unterminatedQuoteLine { problems.add(line: line, .unterminatedQuote) }
            while openOrderHead < openOrder.count { evictOldest() }
            finished = true
            return
        }
        let line = reader.recordLine
        if line <= headerLine { return }
        var nonEmpty = 0
        var lastNonEmpty = -1
        for i in 0..<min(reader.fieldCount, CSVRecordReader.maxStoredFields) where !reader.withField(i, { ImportText.trimmed($0).isEmpty }) {
            nonEmpty += 1
            lastNonEmpty = i
        }
        if nonEmpty == 0 { return }
        report.dataLines += 1
        if reader.fieldCount > headerFieldCount, lastNonEmpty >= headerFieldCount {
            problems.add(line: line, .wrongFieldCount(expected: headerFieldCount, got: reader.fieldCount))
            return
        }
        let number = numberColumn.map { text($0) } ?? ""
        if number.isEmpty, isLabelRow(nonEmpty: nonEmpty, lastNonEmpty: lastNonEmpty) { return }
        if number.isEmpty, format.layout != .invoicePerRow, format.layout == .journal || !hasAmount {
            report.otherLines += 1
            return
        }
        guard var row = readRow(line: line) else {
            if !number.isEmpty { markFailed(number, line: line) }
            return
        }
        row.number = number
        add(row, line: line)
    }

    /// Titles, client sections, "Total for …" rows and footers: one cell, or a total without a number.
    private func isLabelRow(nonEmpty: Int, lastNonEmpty: Int) -> Bool {
        let first = (0..<min(reader.fieldCount, 4)).lazy.map { self.text($0) }.first { !$0.isEmpty } ?? ""
        let lower = first.lowercased()
        let isTotal = ["total", "subtotal", "grand total", "suma", "totales"].contains { lower.hasPrefix($0) }
        guard nonEmpty == 1 || isTotal else { return false }
        if nonEmpty == 1, !isTotal, format.sectionNamesClient { section = first }
        report.otherLines += 1
        return true
    }

    private func text(_ column: Int) -> String { reader.string(column) }

    private var hasAmount: Bool {
        [ImportField.total, .balance, .paid, .lineAmount].contains { field in
            columnsByField[field.ordinal].contains { $0 < reader.fieldCount && !reader.withField($0, { ImportText.trimmed($0).isEmpty }) }
        }
    }

    // MARK: - One row

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func readRow(line: Int) -> RowValues? {
        var row = RowValues()
        func fail(_ reason: ImportProblem.Reason) -> RowValues? {
            problems.add(line: line, reason)
            return nil
        }
        func name(_ field: ImportField) -> String { mapping.columnName(field) }
        // The first non-empty cell among the field's columns.
        func cell(_ field: ImportField) -> Int? {
            for c in columnsByField[field.ordinal] where c < reader.fieldCount && !reader.withField(c, { ImportText.trimmed($0).isEmpty }) {
                return c
            }
            return nil
        }
        var tooLong: ImportField?
        func string(_ field: ImportField) -> String? {
            guard let c = cell(field) else { return nil }
            let value = text(c)
            if reader.isTruncated(c) || value.utf8.count > Self.maxTextLength && value.count > Self.maxTextLength {
                tooLong = tooLong ?? field
            }
            return value
        }
        row.email = string(.email)
        // A client without a name (Stripe's customers often have none) is known by their email.
        row.client = string(.client) ?? section ?? (format.strict ? nil : row.email)
        row.phone = string(.phone)
        row.contact = string(.contact)
        row.firstName = string(.firstName)
        row.lastName = string(.lastName)
        if let c = numberColumn, reader.isTruncated(c) || reader.withField(c, { $0.count }) > Self.maxTextLength && text(c).count > Self.maxTextLength
        {
            tooLong = .number
        }
        if let field = tooLong { return fail(.tooLong(column: name(field))) }

        let strict = format.strict
        if numberColumn.map({ c in reader.withField(c) { ImportText.trimmed($0).isEmpty } }) ?? true {
            return fail(.missingValue(column: name(.number)))
        }
        if format.layout == .invoicePerRow {
            if row.client == nil { return fail(.missingValue(column: name(.client))) }
            if cell(.issued) == nil { return fail(.missingValue(column: name(.issued))) }
            if cell(.total) == nil && cell(.balance) == nil { return fail(.missingValue(column: name(.total))) }
        }

        if let c = cell(.currency) {
            let code = text(c)
            if let known = currencyCache[code] {
                row.currency = known
            } else if let currency = Currency(code: code) ?? Self.currency(symbol: code) {
                currencyCache[code] = currency
                row.currency = currency
            } else {
                return fail(.unknownCurrency(code))
            }
        }
        if let c = cell(.status) {
            let word = text(c)
            if let cached = statusCache[word] {
                row.standing = cached
            } else {
                row.standing = InvoiceStanding(status: word)
                statusCache[word] = row.standing
            }
            if row.standing == nil { row.unknownStatus = word }
        }
        if let c = cell(.type) {
            let word = text(c)
            if let cached = kindCache[word] {
                row.kind = cached
            } else {
                row.kind = DocumentKind(type: word)
                kindCache[word] = row.kind
            }
        }
        if let c = cell(.account) {
            let word = text(c)
            if let cached = accountCache[word] {
                row.account = cached
            } else {
                let account = LedgerAccount(word)
                accountCache[word] = account
                row.account = account
            }
        }
        if let c = cell(.terms) { row.terms = PaymentTerms(parsing: text(c)) }

        for field in [ImportField.issued, .due, .paidOn] {
            guard let c = cell(field) else { continue }
            let (day, evidence, ambiguous) = reader.withField(c) { ImportDate.read($0, order: dateOrder) }
            guard let day else { return fail(.badDate(column: name(field), value: text(c))) }
            if let evidence {
                if evidence != dateOrder {
                    if dateOrderSettled || ambiguousDateLine != nil {
                        return fail(.dateOrderConflict(column: name(field), value: text(c), order: dateOrder))
                    }
                    dateOrder = evidence
                    report.dateOrder = evidence
                }
                dateOrderSettled = true
                report.dateOrderSettled = true
            } else if ambiguous, !dateOrderSettled, ambiguousDateLine == nil {
                ambiguousDateLine = line
            }
            switch field {
            case .issued: row.issued = day
            case .due: row.due = day
            default: row.paidOn = day
            }
        }

        let digits = (row.currency ?? options.currency)?.minorDigits ?? 2
        for field in [ImportField.total, .balance, .paid, .lineAmount, .quantity, .unitPrice] {
            guard let c = cell(field) else { continue }
            guard var amount = reader.withField(c, { ImportAmount.parse($0, minorDigits: field == .quantity ? 6 : digits) }) else {
                return fail(.badAmount(column: name(field), value: text(c)))
            }
            if field == .quantity { amount.hint = nil }
            if strict, amount.isNegative, field == .total || field == .paid { return fail(.negativeAmount(column: name(field))) }
            if field != .quantity, let currency = row.currency ?? hinted(amount) ?? options.currency {
                if case .currency(let named)? = amount.hint, named != currency, row.currency != nil {
                    return fail(.currencyConflict(value: text(c), currency: currency.code))
                }
                if amount.minorUnits(currency) == nil { return fail(.badAmount(column: name(field), value: text(c))) }
            }
            switch field {
            case .total: row.total = amount
            case .balance: row.balance = amount
            case .paid: row.paid = amount
            case .lineAmount: row.lineAmount = amount
            case .quantity: row.quantity = amount
            default: row.unitPrice = amount
            }
        }
        return row
    }

    private func hinted(_ amount: ImportAmount) -> Currency? {
        if case .currency(let c)? = amount.hint { return c }
        return nil
    }

    static func currency(symbol: String) -> Currency? {
        if case .currency(let c)? = CurrencyHint(symbol: Array(symbol.utf8)) { return c }
        return nil
    }

    // MARK: - Gathering rows into invoices

    private func add(_ row: RowValues, line: Int) {
        if format.layout == .invoicePerRow {
            var acc = InvoiceAccumulator(number: row.number, line: line)
            _ = acc.add(row, journal: false)
            finish(acc)
            return
        }
        let key = row.number.uppercased()
        if open[key] == nil {
            open[key] = InvoiceAccumulator(number: row.number, line: line)
            openOrder.append(key)
            if openOrder.count - openOrderHead > Self.windowSize { evictOldest() }
        }
        lastKey = key
        if let conflict = open[key]!.add(row, journal: format.layout == .journal) {
            problems.add(
                line: line,
                .invoiceRowsDisagree(
                    number: row.number, column: mapping.columnName(conflict.field), first: conflict.first, other: conflict.other))
            open[key]!.failed = true
        }
    }

    private func markFailed(_ number: String, line: Int) {
        guard format.layout != .invoicePerRow else { return }
        let key = number.uppercased()
        if open[key] == nil {
            open[key] = InvoiceAccumulator(number: number, line: line)
            openOrder.append(key)
        }
        open[key]!.failed = true
        lastKey = key
    }

    private func evictOldest() {
        let key = openOrder[openOrderHead]
        openOrderHead += 1
        if openOrderHead > 4096, openOrderHead * 2 > openOrder.count {
            openOrder.removeFirst(openOrderHead)
            openOrderHead = 0
        }
        if let acc = open.removeValue(forKey: key) { finish(acc) }
    }

    private func finish(_ acc: InvoiceAccumulator) {
        if let item = rules.finalize(acc, report: &report, problems: &problems, noCurrencyReported: &noCurrencyReported) {
            pending.append(item)
        }
    }
}
