import Foundation

/// Works out a `CashForecast` from the book as it stands on a day. Pure and deterministic.
///
/// By due date, each open invoice's remainder falls in the week it is due (already overdue: the first
/// week). By expected date: a pending promise places what it covers on its day; otherwise the invoice is
/// expected on its due date plus its client's median lateness (over the recent months when the client
/// paid often enough in them, else all its history, else the whole book's median); an invoice already
/// later than that is weighted by the share of invoices of its age the book's history saw paid within
/// the window, and placed after their median wait. Disputed and paused invoices are left out and listed.
public struct CashForecaster: Sendable {
    public var settings: ForecastSettings

    public init(settings: ForecastSettings = .standard) { self.settings = settings }

    /// A contribution before names are looked up: only the few shown per week get them.
    struct Part {
        var invoice: Int
        var outstanding: Int64
        var amount: Int64
        var day: CalendarDay
        var basis: ExpectedDateBasis
    }

    struct Accumulator {
        var byDue: [Int64]
        var expected: [Int64]
        var top: [TopContributions]
        var overdue: Int64 = 0
        var expectedLater: Int64 = 0
        var dueLater: Int64 = 0
        var unlikely: Int64 = 0
        var excluded: [ExcludedInvoice] = []

        init(weeks: Int, contributors: Int) {
            byDue = [Int64](repeating: 0, count: weeks)
            expected = [Int64](repeating: 0, count: weeks)
            top = [TopContributions](repeating: TopContributions(limit: contributors), count: weeks)
        }
    }

    public func forecast(_ book: ReceivablesBook, today: CalendarDay) -> CashForecast {
        let index = BookIndex(book)
        let weeks = settings.weeks
        let lateness = index.lateness(asOf: today)
        let bookMedian = Self.bookMedian(lateness)
        let since = today.adding(months: -settings.clientHistoryMonths).adding(days: 1)
        let table = AgePaymentTable.learn(
            index, asOf: today, horizonDays: weeks * 7, minimumSamples: settings.minimumAgeSamples)
        let holds = Holds(book, today: today)
        let promised = promisedParts(index, today: today)

        // One accumulator per currency, mutated in place (a copy out of a dictionary would copy its arrays
        // for every invoice); the currencies are few, so they are found by a scan, not by hashing.
        var accumulators: [Accumulator] = []
        var slotCurrencies: [Currency] = []
        // Each client's own median, worked out on its first open invoice: 0 not yet, 1 none, 2 known.
        var medianState = [UInt8](repeating: 0, count: index.clientIDs.count)
        var medianDays = [Int](repeating: 0, count: index.clientIDs.count)
        var medianPayments = [Int](repeating: 0, count: index.clientIDs.count)
        var method = ForecastMethod(
            byPromise: 0, byClientLateness: 0, byBookLateness: 0, byAge: 0, excluded: 0, bookMedianDaysLate: bookMedian,
            clientHistoryMonths: settings.clientHistoryMonths, ageTable: table, usedAgeFallback: false,
            fallbackAgeSharePercent: settings.fallbackAgeSharePercent)
        let number = { (i: Int) in book.invoices[i].number }

        for (i, invoice) in book.invoices.enumerated() where invoice.issued <= today {
            let outstanding = invoice.amount.minorUnits - index.paid(i, through: today)
            guard outstanding > 0 else { continue }
            let currency = invoice.amount.currency
            let k: Int
            if let known = slotCurrencies.firstIndex(of: currency) {
                k = known
            } else {
                k = accumulators.count
                slotCurrencies.append(currency)
                accumulators.append(Accumulator(weeks: weeks, contributors: settings.contributorsPerWeek))
            }
            if !holds.isEmpty, let hold = holds.hold(on: invoice) {
                method.excluded += 1
                accumulators[k].excluded.append(
                    ExcludedInvoice(
                        invoiceNumber: invoice.number, clientID: invoice.clientID, clientName: book.name(of: invoice.clientID),
                        outstanding: Money(minorUnits: outstanding, currency: currency), kind: hold.kind, since: hold.from))
                continue
            }
            let due = index.due(i, assumedTermDays: settings.assumedPaymentTermDays)
            if due < today { accumulators[k].overdue += outstanding }
            let dueWeek = due < today ? 0 : today.days(until: due) / 7
            if dueWeek < weeks { accumulators[k].byDue[dueWeek] += outstanding } else { accumulators[k].dueLater += outstanding }

            func place(_ amount: Int64, on day: CalendarDay, _ basis: ExpectedDateBasis) {
                guard amount > 0 else { return }
                let week = today.days(until: day) / 7
                if week < weeks {
                    accumulators[k].expected[week] += amount
                    accumulators[k].top[week].add(
                        Part(invoice: i, outstanding: outstanding, amount: amount, day: day, basis: basis), number: number)
                } else {
                    accumulators[k].expectedLater += amount
                }
            }

            var rest = outstanding
            let promise = promised.isEmpty ? nil : promised[i]
            if let promise {
                let part = min(rest, promise.amount)
                place(
                    part, on: promise.promise.promisedFor,
                    .promise(promisedFor: promise.promise.promisedFor, madeOn: promise.promise.madeOn))
                rest -= part
                method.byPromise += 1
                if rest == 0 { continue }
            }
            let client = Int(index.clientOf[i])
            if medianState[client] == 0 {
                let minimum = settings.minimumClientPayments
                let recent = lateness.median(client, since: since)
                let enough = { (m: (days: Int, payments: Int)?) in m.flatMap { $0.payments >= minimum ? $0 : nil } }
                if let m = enough(recent) ?? enough(lateness.median(client)) {
                    (medianState[client], medianDays[client], medianPayments[client]) = (2, m.days, m.payments)
                } else {
                    medianState[client] = 1
                }
            }
            let own = medianState[client] == 2 ? (days: medianDays[client], payments: medianPayments[client]) : nil
            let median = own?.days ?? bookMedian
            let basis: ExpectedDateBasis =
                own.map { ExpectedDateBasis.clientLateness(medianDaysLate: $0.days, payments: $0.payments) }
                ?? .bookLateness(medianDaysLate: bookMedian)
            let expectedDay = due.adding(days: median)
            if expectedDay >= today {
                place(rest, on: expectedDay, basis)
                if promise == nil {
                    if own == nil { method.byBookLateness += 1 } else { method.byClientLateness += 1 }
                }
                continue
            }
            let age = due.days(until: today)
            let row = table.row(daysOverdue: age)
            if row == nil { method.usedAgeFallback = true }
            let share = row?.paidSharePercent ?? settings.fallbackAgeSharePercent
            let wait = row?.medianWaitDays ?? settings.fallbackAgeWaitDays
            let weighted = (rest * Int64(share) + 50) / 100
            accumulators[k].unlikely += rest - weighted
            place(
                weighted, on: today.adding(days: wait),
                .ageWeighted(daysOverdue: age, sharePercent: share, waitDays: wait, reliable: row != nil))
            if promise == nil { method.byAge += 1 }
        }

        let baseline = baselineWeekly(book, today: today)
        var currencies = Set(slotCurrencies)
        for (c, units) in baseline where units > 0 { currencies.insert(c) }
        let result = currencies.sorted().map { currency in
            let empty = Accumulator(weeks: weeks, contributors: settings.contributorsPerWeek)
            let acc = slotCurrencies.firstIndex(of: currency).map { accumulators[$0] } ?? empty
            let money = { (units: Int64) in Money(minorUnits: units, currency: currency) }
            let weekList = (0..<weeks).map { w in
                let top = acc.top[w].parts
                return ForecastWeek(
                    index: w, start: today.adding(days: 7 * w), end: today.adding(days: 7 * w + 6),
                    byDueDate: money(acc.byDue[w]), expected: money(acc.expected[w]),
                    contributors: top.map { p in
                        let inv = book.invoices[p.invoice]
                        return ForecastContribution(
                            invoiceNumber: inv.number, clientID: inv.clientID, clientName: book.name(of: inv.clientID),
                            outstanding: money(p.outstanding), expected: money(p.amount), expectedOn: p.day, basis: p.basis)
                    },
                    contributorCount: acc.top[w].count)
            }
            return CurrencyForecast(
                currency: currency, weeks: weekList, overdue: money(acc.overdue), expectedLater: money(acc.expectedLater),
                dueLater: money(acc.dueLater), unlikely: money(acc.unlikely), baselineWeekly: money(baseline[currency] ?? 0),
                excluded: acc.excluded.sorted { ($0.clientName, $0.invoiceNumber) < ($1.clientName, $1.invoiceNumber) })
        }
        return CashForecast(today: today, weekCount: weeks, currencies: result, method: method)
    }

    /// The weighted median days late of every payment in the book (0 when nothing was ever paid).
    static func bookMedian(_ lateness: ClientLateness) -> Int {
        let cap = 3650
        var histogram = [Double](repeating: 0, count: cap + 1)
        var total = 0.0
        for s in lateness.samples {
            histogram[min(s.daysLate, cap)] += s.weight
            total += s.weight
        }
        guard total > 0 else { return 0 }
        var running = 0.0
        for (d, w) in histogram.enumerated() {
            running += w
            if running >= total / 2 * (1 - 1e-9) { return d }
        }
        return cap
    }

    /// What arrived per week, on average, over the baseline weeks before today, per currency (minor units).
    func baselineWeekly(_ book: ReceivablesBook, today: CalendarDay) -> [Currency: Int64] {
        let from = today.adding(days: -7 * settings.baselineWeeks)
        var totals: [Currency: Int64] = [:]
        for p in book.payments where p.date >= from && p.date < today { totals[p.amount.currency, default: 0] += p.amount.minorUnits }
        return totals.mapValues { ($0 + Int64(settings.baselineWeeks) / 2) / Int64(settings.baselineWeeks) }
    }

    struct PromisedPart {
        var promise: PaymentPromise
        var amount: Int64
    }

    /// The part of each open invoice a pending promise covers (by invoice position). The latest promise
    /// of each invoice, and of each client for promises about no invoice in particular; a client-wide
    /// promise covers what falls due by its date, oldest first up to its amount.
    func promisedParts(_ index: BookIndex, today: CalendarDay) -> [Int: PromisedPart] {
        let book = index.book
        var latestByInvoice: [Int64: PaymentPromise] = [:]
        var latestByClient: [Int64: PaymentPromise] = [:]
        for p in book.promises where p.madeOn <= today && p.promisedFor >= today {
            if let id = p.invoiceID {
                if let old = latestByInvoice[id], (old.madeOn, old.id) > (p.madeOn, p.id) { continue }
                latestByInvoice[id] = p
            } else {
                if let old = latestByClient[p.clientID], (old.madeOn, old.id) > (p.madeOn, p.id) { continue }
                latestByClient[p.clientID] = p
            }
        }
        guard !latestByInvoice.isEmpty || !latestByClient.isEmpty else { return [:] }
        func open(_ i: Int) -> Int64 { book.invoices[i].amount.minorUnits - index.paid(i, through: today) }
        func paidSince(_ i: Int, _ day: CalendarDay) -> Int64 {
            index.payments(of: i).reduce(Int64(0)) { sum, k in
                let p = book.payments[Int(k)]
                return p.date >= day && p.date <= today ? sum + p.amount.minorUnits : sum
            }
        }
        var out: [Int: PromisedPart] = [:]
        for (id, p) in latestByInvoice {
            guard let i = index.position(ofInvoice: id), open(i) > 0 else { continue }
            let left = p.amount.map { $0.minorUnits - paidSince(i, p.madeOn) } ?? open(i)
            if left > 0 { out[i] = PromisedPart(promise: p, amount: min(left, open(i))) }
        }
        guard !latestByClient.isEmpty else { return out }
        var candidates: [Int64: [Int]] = [:]
        for (i, inv) in book.invoices.enumerated() {
            guard let p = latestByClient[inv.clientID], out[i] == nil, inv.issued <= today,
                index.due(i, assumedTermDays: settings.assumedPaymentTermDays) <= p.promisedFor,
                p.amount.map({ $0.currency == inv.amount.currency }) ?? true, open(i) > 0
            else { continue }
            candidates[inv.clientID, default: []].append(i)
        }
        for (clientID, list) in candidates {
            let p = latestByClient[clientID]!
            let sorted = list.sorted {
                (index.due($0, assumedTermDays: 0), book.invoices[$0].number) < (index.due($1, assumedTermDays: 0), book.invoices[$1].number)
            }
            var budget = p.amount.map { a in a.minorUnits - sorted.reduce(Int64(0)) { $0 + paidSince($1, p.madeOn) } } ?? Int64.max
            for i in sorted where budget > 0 {
                let part = min(budget, open(i))
                out[i] = PromisedPart(promise: p, amount: part)
                budget -= part
            }
        }
        return out
    }
}

/// The disputes and pauses running on a day, by client and by invoice.
struct Holds {
    private var byClient: [Int64: FollowUpPause] = [:]
    private var byInvoice: [Int64: FollowUpPause] = [:]

    init(_ book: ReceivablesBook, today: CalendarDay) {
        for p in book.pauses where p.isActive(on: today) {
            if let id = p.invoiceID {
                if byInvoice[id] == nil { byInvoice[id] = p }
            } else if byClient[p.clientID] == nil {
                byClient[p.clientID] = p
            }
        }
    }

    var isEmpty: Bool { byClient.isEmpty && byInvoice.isEmpty }

    func hold(on invoice: Invoice) -> FollowUpPause? { byInvoice[invoice.id] ?? byClient[invoice.clientID] }
}
