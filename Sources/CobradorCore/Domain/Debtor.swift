import Foundation

/// One client's open balance in one currency, with its ageing: a row of "who owes me".
public struct Debtor: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var clientName: String
    public var currency: Currency
    public var outstanding: Money
    public var invoiceCount: Int
    public var oldestDaysOverdue: Int
    public var buckets: [AgeingBucket: Int64]

    /// Groups open items by client and currency, most urgent (oldest overdue, then largest) first.
    public static func summarize(_ items: [OpenItem], asOf today: CalendarDay) -> [Debtor] {
        struct Key: Hashable {
            let client: Int64
            let currency: Currency
        }
        var rows: [Key: Debtor] = [:]
        for item in items where item.outstanding.isPositive {
            let key = Key(client: item.clientID, currency: item.outstanding.currency)
            let days = item.daysOverdue(asOf: today)
            var row =
                rows[key]
                ?? Debtor(
                    clientID: item.clientID, clientName: item.clientName, currency: key.currency,
                    outstanding: .zero(key.currency), invoiceCount: 0, oldestDaysOverdue: Int.min, buckets: [:])
            row.outstanding = row.outstanding + item.outstanding
            row.invoiceCount += 1
            row.oldestDaysOverdue = max(row.oldestDaysOverdue, days)
            row.buckets[AgeingBucket(daysOverdue: days), default: 0] += item.outstanding.minorUnits
            rows[key] = row
        }
        return rows.values.sorted {
            if $0.oldestDaysOverdue != $1.oldestDaysOverdue { return $0.oldestDaysOverdue > $1.oldestDaysOverdue }
            if $0.clientName != $1.clientName { return $0.clientName < $1.clientName }
            return $0.currency < $1.currency
        }
    }

    /// Totals per currency and bucket across debtors; never across currencies.
    public static func ageingByCurrency(_ debtors: [Debtor]) -> [Currency: [AgeingBucket: Int64]] {
        var out: [Currency: [AgeingBucket: Int64]] = [:]
        for d in debtors {
            for (bucket, units) in d.buckets { out[d.currency, default: [:]][bucket, default: 0] += units }
        }
        return out
    }
}
