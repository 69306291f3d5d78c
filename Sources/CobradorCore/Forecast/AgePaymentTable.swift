import Foundation

/// How likely an invoice still unpaid at a given age (days past due) has been to get paid within the
/// forecast window, and how long it took: learnt from this book's own history. Long-overdue invoices
/// are weighted by it instead of being counted as certain.
public struct AgePaymentTable: Hashable, Sendable, Codable {
    public struct Row: Hashable, Sendable, Codable {
        /// Days past due where this age band starts and (inclusive) ends; nil: no end.
        public var fromDays: Int
        public var toDays: Int?
        /// Invoices of the history that were still (partly) unpaid at `fromDays` days past due.
        public var observed: Int
        /// Of what they still owed then, the percent paid within the following `horizonDays`.
        public var paidSharePercent: Int
        /// Median days from `fromDays` to the payment, among what was paid in that time.
        public var medianWaitDays: Int
        /// Enough observations to trust it (else the settings' fallback applies).
        public var isReliable: Bool

        public init(
            fromDays: Int, toDays: Int?, observed: Int, paidSharePercent: Int, medianWaitDays: Int, isReliable: Bool
        ) {
            self.fromDays = fromDays
            self.toDays = toDays
            self.observed = observed
            self.paidSharePercent = paidSharePercent
            self.medianWaitDays = medianWaitDays
            self.isReliable = isReliable
        }
    }

    public static let bandStarts = [1, 8, 15, 31, 61, 91, 181, 366]

    public var horizonDays: Int
    public var rows: [Row]

    public init(horizonDays: Int, rows: [Row]) {
        self.horizonDays = horizonDays
        self.rows = rows
    }

    /// The band of an invoice `daysOverdue` days past due; when it has too little history, the nearest
    /// younger reliable band; nil when none is reliable.
    public func row(daysOverdue: Int) -> Row? {
        guard let k = rows.lastIndex(where: { $0.fromDays <= daysOverdue }) else { return nil }
        return rows[...k].last(where: \.isReliable)
    }

    /// Only invoices whose whole window had passed by `asOf` count (a younger one may still be paid in it).
    static func learn(_ index: BookIndex, asOf: CalendarDay, horizonDays: Int, minimumSamples: Int) -> AgePaymentTable {
        let bands = bandStarts.count
        var observed = [Int](repeating: 0, count: bands)
        var owed = [Double](repeating: 0, count: bands)
        var paidInWindow = [Double](repeating: 0, count: bands)
        var waits = [[Double]](repeating: [Double](repeating: 0, count: horizonDays), count: bands)
        let invoices = index.book.invoices
        for i in invoices.indices {
            guard let due = invoices[i].due, invoices[i].amount.minorUnits > 0 else { continue }
            let amount = Double(invoices[i].amount.minorUnits)
            let payments = index.payments(of: i)
            for (b, from) in bandStarts.enumerated() {
                let start = due.adding(days: from)
                guard start.adding(days: horizonDays) <= asOf else { break }
                var before: Int64 = 0
                for k in payments {
                    let p = index.book.payments[Int(k)]
                    if p.date < start { before += p.amount.minorUnits } else { break }
                }
                let left = Double(invoices[i].amount.minorUnits - before) / amount
                guard left > 0 else { break }
                observed[b] += 1
                owed[b] += left
                for k in payments {
                    let p = index.book.payments[Int(k)]
                    let wait = start.days(until: p.date)
                    guard wait >= 0 else { continue }
                    guard wait < horizonDays else { break }
                    let share = Double(p.amount.minorUnits) / amount
                    paidInWindow[b] += share
                    waits[b][wait] += share
                }
            }
        }
        let rows = bandStarts.enumerated().map { b, from in
            let share = owed[b] > 0 ? min(1, paidInWindow[b] / owed[b]) : 0
            var running = 0.0
            var median = 0
            for (d, w) in waits[b].enumerated() {
                running += w
                if running >= paidInWindow[b] / 2 * (1 - 1e-9) {
                    median = d
                    break
                }
            }
            return Row(
                fromDays: from, toDays: b + 1 < bands ? bandStarts[b + 1] - 1 : nil, observed: observed[b],
                paidSharePercent: Int((share * 100).rounded()), medianWaitDays: median,
                isReliable: observed[b] >= minimumSamples)
        }
        return AgePaymentTable(horizonDays: horizonDays, rows: rows)
    }
}
