import Foundation

/// How a client has paid so far, worked out from its invoices, their payments (with dates) and its
/// promises: the answer to "¿qué tal paga Acme?" and what the ladder adapts to. Every figure comes
/// from `payments` and `promises`, which are kept so that an answer can show them.
public struct PaymentRecord: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var clientName: String
    public var asOf: CalendarDay
    /// Invoices paid off in full by `asOf`.
    public var invoicesPaid: Int
    /// Invoices with something paid and something left.
    public var invoicesPartlyPaid: Int
    /// Open invoices past their due date today (their lateness is not known yet, so not in the figures).
    public var invoicesOverdue: Int
    /// Everything received, per currency.
    public var received: CurrencyTotals
    /// Each payment against its due date, oldest first.
    public var payments: [LatePayment]
    /// Percent of what was paid (by weight, see `LatePayment`) that arrived on time; nil without payments.
    public var onTimeSharePercent: Int?
    public var medianDaysLate: Int?
    public var p90DaysLate: Int?
    public var promises: [PromiseOutcome]
    public var trend: PaymentTrend
    public var profile: PaymentProfile

    public init(
        clientID: Int64, clientName: String, asOf: CalendarDay, invoicesPaid: Int, invoicesPartlyPaid: Int,
        invoicesOverdue: Int, received: CurrencyTotals, payments: [LatePayment], onTimeSharePercent: Int?,
        medianDaysLate: Int?, p90DaysLate: Int?, promises: [PromiseOutcome], trend: PaymentTrend, profile: PaymentProfile
    ) {
        self.clientID = clientID
        self.clientName = clientName
        self.asOf = asOf
        self.invoicesPaid = invoicesPaid
        self.invoicesPartlyPaid = invoicesPartlyPaid
        self.invoicesOverdue = invoicesOverdue
        self.received = received
        self.payments = payments
        self.onTimeSharePercent = onTimeSharePercent
        self.medianDaysLate = medianDaysLate
        self.p90DaysLate = p90DaysLate
        self.promises = promises
        self.trend = trend
        self.profile = profile
    }

    /// The record of `file` as it stood on `asOf` (later payments and promises are ignored).
    public init(file: ClientFile, asOf: CalendarDay, settings: PaymentBehaviourSettings = .standard) {
        let payments = file.payments.filter { $0.date <= asOf }
        var paid: [Int64: Int64] = [:]
        var received = CurrencyTotals()
        for p in payments {
            paid[p.invoiceID, default: 0] += p.amount.minorUnits
            received.add(p.amount)
        }
        var settled = 0
        var partly = 0
        var overdue = 0
        for invoice in file.invoices where invoice.issued <= asOf {
            let got = paid[invoice.id] ?? 0
            if got >= invoice.amount.minorUnits {
                settled += 1
            } else {
                if got > 0 { partly += 1 }
                if let due = invoice.due, due < asOf { overdue += 1 }
            }
        }
        let late = LatePayment.measure(invoices: file.invoices, payments: payments, asOf: asOf)
        let days = WeightedDays(late)
        let share = days.share(atMost: settings.graceDays).map { Int(($0 * 100).rounded()) }
        let median = days.median
        let promises = PromiseOutcome.judge(
            file.promises, invoices: file.invoices, payments: payments, asOf: asOf, graceDays: settings.promiseGraceDays)
        self.init(
            clientID: file.client.id, clientName: file.client.name, asOf: asOf, invoicesPaid: settled,
            invoicesPartlyPaid: partly, invoicesOverdue: overdue, received: received, payments: late,
            onTimeSharePercent: share, medianDaysLate: median, p90DaysLate: days.p90, promises: promises,
            trend: PaymentTrend(late, asOf: asOf, settings: settings),
            profile: Self.profile(paidInvoices: settled, sharePercent: share, median: median, settings: settings))
    }

    /// On time when enough of it arrives on time; chronically late when the median is far past the due
    /// date; otherwise a little late. Too few paid invoices give no verdict.
    public static func profile(
        paidInvoices: Int, sharePercent: Int?, median: Int?, settings: PaymentBehaviourSettings
    ) -> PaymentProfile {
        guard let sharePercent, let median else { return .noHistory }
        guard paidInvoices >= settings.minimumPaidInvoices else { return .notEnoughHistory }
        if median >= settings.chronicMedianDaysLate { return .chronicallyLate }
        if sharePercent >= settings.onTimeMinimumSharePercent { return .onTime }
        return .littleLate
    }

    public var promisesKept: Int { promises.count { $0.verdict == .kept } }
    public var promisesBroken: Int { promises.count { $0.verdict == .broken } }
    public var promisesPending: Int { promises.count { $0.verdict == .pending } }
    public var hasHistory: Bool { !payments.isEmpty || !promises.isEmpty }
}
