import Foundation

/// Late charges as a pure function of an invoice, its payments and today.
///
/// Conventions, stated once so the bot can repeat them:
/// - Interest runs from the day after the due date to today, both inclusive.
/// - Each day bears interest on what was outstanding that day; a payment reduces the base from its own
///   date on. So after a partial payment the chase goes on for the remainder only.
/// - Day count actual/365: interest = base × annual rate × days / 365, leap years included. A monthly
///   contractual rate is annualised as rate × 12, hence rate × 12 / 365 per day.
/// - The statutory rule splits the period at 1 January and 1 July, each half-year at its own rate.
/// - Arithmetic is exact (Decimal); each line is rounded half-up to the currency's minor units once,
///   at its end. Totals add rounded lines.
public struct LateFeeCalculator: Sendable {
    public static let dayCountBasis = 365

    /// Statutory rules by currency; without one, an invoice without a clause bears no charges.
    public var statutory: [StatutoryInterestTable]
    /// Due date assumed for invoices issued without one (the 30-day statutory term).
    public var assumedPaymentTermDays: Int

    public init(statutory: [StatutoryInterestTable] = [.euDirectiveSpain], assumedPaymentTermDays: Int = 30) {
        self.statutory = statutory
        self.assumedPaymentTermDays = assumedPaymentTermDays
    }

    /// Charges on every open invoice of the client.
    public func compute(for file: ClientFile, asOf today: CalendarDay) -> LateFeeComputation {
        let fees = file.openBalances(asOf: today).map { balance in
            compute(for: balance, payments: file.payments.filter { $0.invoiceID == balance.invoice.id }, asOf: today)
        }
        return LateFeeComputation(asOf: today, invoices: fees)
    }

    /// Charges on one invoice; `payments` are that invoice's payments (others are ignored).
    public func compute(for balance: InvoiceBalance, payments: [Payment], asOf today: CalendarDay) -> InvoiceLateFee {
        let invoice = balance.invoice
        let currency = invoice.amount.currency
        let due = invoice.due ?? invoice.issued.adding(days: assumedPaymentTermDays)
        let daysLate = max(0, due.days(until: today))
        let zero = Money.zero(currency)
        var fee = InvoiceLateFee(
            invoiceID: invoice.id, invoiceNumber: invoice.number, rule: .none(.notOverdue, currency: currency),
            due: due, dueDateAssumed: invoice.due == nil, daysLate: daysLate, outstanding: balance.outstanding,
            lines: [], fixedCosts: nil, interest: zero)
        guard balance.outstanding.isPositive else {
            fee.rule = .none(.settled, currency: currency)
            return fee
        }
        guard daysLate > 0 else { return fee }

        let ownPayments = payments.filter { $0.invoiceID == invoice.id && $0.date <= today }
        switch invoice.lateFee {
        case .fixed(let amount):
            fee.rule = .contractFixed(amount)
            fee.fixedCosts = amount
        case .monthlyRate(let bp):
            fee.rule = .contractMonthly(basisPoints: bp)
            fee.lines = lines(
                invoice: invoice, due: due, today: today, payments: ownPayments, splitHalfYears: false
            ) { _ in (bp * 12, nil, false) }
        case nil:
            guard let table = statutory.first(where: { $0.currency == currency }) else {
                fee.rule = .none(.noRuleForCurrency, currency: currency)
                return fee
            }
            fee.rule = .statutory(name: table.name, marginBasisPoints: table.marginBasisPoints)
            fee.fixedCosts = table.fixedCompensation
            fee.lines = lines(
                invoice: invoice, due: due, today: today, payments: ownPayments, splitHalfYears: true
            ) { day in
                let ref = table.referenceRate(on: day)
                return (
                    (ref?.basisPoints ?? 0) + table.marginBasisPoints, ref?.basisPoints,
                    ref.map { $0.checkAndUpdate || $0.assumed } ?? true
                )
            }
        }
        fee.interest = fee.lines.reduce(zero) { $0 + $1.interest }
        return fee
    }

    /// Splits (due, today] at payment dates (and half-years) and prices each stretch.
    private func lines(
        invoice: Invoice, due: CalendarDay, today: CalendarDay, payments: [Payment], splitHalfYears: Bool,
        rate: (CalendarDay) -> (annual: Int, reference: Int?, needsCheck: Bool)
    ) -> [InterestLine] {
        let start = due.adding(days: 1)
        var cuts: Set<CalendarDay> = Set(payments.map(\.date).filter { $0 > start && $0 <= today })
        if splitHalfYears {
            var y = start.year
            while y <= today.year {
                for m in [1, 7] {
                    let d = CalendarDay(year: y, month: m, day: 1)!
                    if d > start && d <= today { cuts.insert(d) }
                }
                y += 1
            }
        }
        let starts = [start] + cuts.sorted()
        var out: [InterestLine] = []
        for (i, from) in starts.enumerated() {
            let to = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : today
            let paid = payments.filter { $0.date <= from }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            let base = Money(minorUnits: invoice.amount.minorUnits - paid, currency: invoice.amount.currency)
            guard base.isPositive else { continue }
            let days = from.days(until: to) + 1
            let r = rate(from)
            out.append(
                InterestLine(
                    from: from, to: to, days: days, annualRateBasisPoints: r.annual,
                    referenceRateBasisPoints: r.reference, rateNeedsCheck: r.needsCheck, base: base,
                    interest: Self.interest(base: base, annualBasisPoints: r.annual, days: days)))
        }
        return out
    }

    /// base × bp / 10 000 × days / 365, computed in minor units and rounded half-up once.
    static func interest(base: Money, annualBasisPoints: Int, days: Int) -> Money {
        var exact = Decimal(base.minorUnits) * Decimal(annualBasisPoints) * Decimal(days)
        exact /= Decimal(10_000 * dayCountBasis)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return Money(minorUnits: NSDecimalNumber(decimal: rounded).int64Value, currency: base.currency)
    }
}
