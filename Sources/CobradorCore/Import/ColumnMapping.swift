import Foundation

/// Which columns of a header mean which field: the format's own names first, then `--map`, then the
/// generic names. A field may read several columns (the first non-empty value wins: Stripe's client is
/// its Customer Name, else its Customer Email); a column serves one field only.
public struct ColumnMapping: Sendable {
    public private(set) var columns: [ImportField: [Int]] = [:]
    public let header: [String]
    /// Header cells no field reads (named in the summary, and in the message for an unknown layout).
    public private(set) var unused: [String] = []

    public func has(_ field: ImportField) -> Bool { !(columns[field] ?? []).isEmpty }

    /// The first column of `field`, if mapped.
    public func column(_ field: ImportField) -> Int? { columns[field]?.first }

    /// Fails with the columns `--map` names that the header does not have.
    public init(header: [String], format: ExportFormat, overrides: [ColumnOverride]) throws(ImportFailure) {
        self.header = header
        let keys = header.map(HeaderKey.init)
        var used = Set<Int>()
        func claim(_ field: ImportField, _ name: String) {
            let key = HeaderKey(name)
            for (i, k) in keys.enumerated() where k == key && !used.contains(i) && !k.value.isEmpty {
                columns[field, default: []].append(i)
                used.insert(i)
            }
        }
        var overridden = Set<ImportField>()
        var problems: [ImportProblem] = []
        for o in overrides {
            let key = HeaderKey(o.column)
            let exact = header.firstIndex { $0.trimmingCharacters(in: .whitespaces) == o.column }
            guard let i = exact ?? keys.firstIndex(of: key) else {
                problems.append(ImportProblem(line: 0, reason: .mappedColumnMissing(field: o.field.rawValue, column: o.column)))
                continue
            }
            if !overridden.contains(o.field) { columns[o.field] = [] }
            columns[o.field, default: []].append(i)
            used.insert(i)
            overridden.insert(o.field)
        }
        if !problems.isEmpty { throw ImportFailure(problems) }
        for field in ImportField.allCases where !overridden.contains(field) {
            for name in format.columns[field] ?? [] { claim(field, name) }
        }
        for field in ImportField.allCases where !overridden.contains(field) && !format.noGenericNames.contains(field) {
            for name in ExportFormat.genericColumns[field] ?? [] { claim(field, name) }
        }
        // "Invoice Amount", "Client Email", "Factura Fecha": a generic name behind an entity's name.
        let prefixes = ["invoice", "factura", "document", "client", "cliente", "customer"]
        for (i, key) in keys.enumerated() where !used.contains(i) {
            guard let prefix = prefixes.first(where: { key.value.hasPrefix($0) && key.value.count > $0.count }) else { continue }
            let rest = String(key.value.dropFirst(prefix.count))
            for field in ImportField.allCases where !has(field) && !overridden.contains(field) && !format.noGenericNames.contains(field) {
                if (ExportFormat.genericColumns[field] ?? []).contains(where: { HeaderKey($0).value == rest }) {
                    columns[field] = [i]
                    used.insert(i)
                    break
                }
            }
        }
        unused = header.enumerated().compactMap { i, name in
            used.contains(i) || name.trimmingCharacters(in: .whitespaces).isEmpty ? nil : name
        }
    }

    /// The fields a format needs and this header lacks: a number, a client (unless sections name it),
    /// an issue date, and some amount.
    public func missingFields(for format: ExportFormat) -> [ImportField] {
        var missing: [ImportField] = []
        if !has(.number) { missing.append(.number) }
        if !has(.client) && !format.sectionNamesClient { missing.append(.client) }
        if !has(.issued) { missing.append(.issued) }
        if !has(.total) && !has(.balance) && !has(.lineAmount) && !(has(.unitPrice) && has(.quantity)) {
            missing.append(.total)
        }
        return missing
    }

    /// The header's name for the first column of `field` (for messages), else the field's own name.
    public func columnName(_ field: ImportField) -> String {
        column(field).map { header[$0].trimmingCharacters(in: .whitespaces) } ?? field.rawValue
    }
}
