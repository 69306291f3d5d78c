import Foundation

/// What became of one promise to pay, judged by the payments that followed it.
public struct PromiseOutcome: Hashable, Sendable, Codable {
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// What was promised arrived by the promised date (plus the grace days).
        case kept
        /// The date passed without it.
        case broken
        /// The date has not come yet.
        case pending
    }

    public var promise: PaymentPromise
    public var verdict: Verdict
    /// Paid towards it between the day it was made and the promised date (plus grace).
    public var paidInTime: CurrencyTotals

    public init(promise: PaymentPromise, verdict: Verdict, paidInTime: CurrencyTotals) {
        self.promise = promise
        self.verdict = verdict
        self.paidInTime = paidInTime
    }

    /// Judges each promise made up to `asOf`. A promise with an amount is kept when that much arrived
    /// in time; one without an amount when the invoices it was about (its own invoice, or the client's
    /// invoices overdue when it was made) were paid off in time.
    public static func judge(
        _ promises: [PaymentPromise], invoices: [Invoice], payments: [Payment], asOf: CalendarDay, graceDays: Int
    ) -> [PromiseOutcome] {
        promises.filter { $0.madeOn <= asOf }.sorted { ($0.madeOn, $0.id) < ($1.madeOn, $1.id) }.map { promise in
            let deadline = promise.promisedFor.adding(days: graceDays)
            let scope: [Invoice]
            if let id = promise.invoiceID {
                scope = invoices.filter { $0.id == id }
            } else {
                let overdue = invoices.filter { $0.issued <= promise.madeOn && ($0.due.map { $0 < promise.madeOn } ?? false) }
                scope =
                    overdue.isEmpty
                    ? invoices.filter { $0.issued <= promise.madeOn && ($0.due.map { $0 <= promise.promisedFor } ?? false) }
                    : overdue
            }
            let ids = Set(scope.map(\.id))
            var inTime = CurrencyTotals()
            var before: [Int64: Int64] = [:]
            var by: [Int64: Int64] = [:]
            for p in payments where ids.contains(p.invoiceID) && p.date <= asOf {
                if p.date < promise.madeOn { before[p.invoiceID, default: 0] += p.amount.minorUnits }
                if p.date <= deadline {
                    by[p.invoiceID, default: 0] += p.amount.minorUnits
                    if p.date >= promise.madeOn { inTime.add(p.amount) }
                }
            }
            let kept: Bool
            if let amount = promise.amount {
                kept = (inTime.byCurrency[amount.currency] ?? 0) >= amount.minorUnits
            } else {
                // Something was still owed when it was made, and all of it was paid by the deadline.
                let owed = scope.contains { ($0.amount.minorUnits - (before[$0.id] ?? 0)) > 0 }
                kept = owed && scope.allSatisfy { (by[$0.id] ?? 0) >= $0.amount.minorUnits }
            }
            let verdict: Verdict = kept ? .kept : (deadline < asOf ? .broken : .pending)
            return PromiseOutcome(promise: promise, verdict: verdict, paidInTime: inTime)
        }
    }
}
