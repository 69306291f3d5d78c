import Foundation

/// How one payment is spread over a client's open invoices, and whether the split is sure enough to
/// record without asking. Money is never guessed onto an invoice in another currency.
public struct PaymentAllocation: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public var balance: InvoiceBalance
        public var amount: Money

        public init(balance: InvoiceBalance, amount: Money) {
            self.balance = balance
            self.amount = amount
        }

        /// What the invoice still owes after this part; negative when the part pays more than it owed.
        public var remaining: Money { balance.outstanding - amount }
    }

    /// Oldest invoice first.
    public var parts: [Part]
    /// True when the split is a guess (several invoices, more or less than they owe): ask first.
    public var needsConfirmation: Bool

    public init(parts: [Part], needsConfirmation: Bool) {
        self.parts = parts
        self.needsConfirmation = needsConfirmation
    }

    /// What was paid beyond everything the invoices owed (it stays on the last one), if anything.
    public var overpayment: Money? {
        guard let last = parts.last, last.remaining.minorUnits < 0 else { return nil }
        return Money(minorUnits: -last.remaining.minorUnits, currency: last.amount.currency)
    }

    /// The payment a named invoice received: more than it owes must be confirmed. Nil when the payment
    /// is in another currency than the invoice.
    public static func onInvoice(_ balance: InvoiceBalance, amount: Money) -> PaymentAllocation? {
        guard amount.currency == balance.invoice.amount.currency else { return nil }
        return PaymentAllocation(
            parts: [Part(balance: balance, amount: amount)], needsConfirmation: amount.minorUnits > balance.outstanding.minorUnits)
    }

    /// "Acme pagó" with no amount: it settles the client's only open invoice, once confirmed.
    public static func settlingTheOnlyInvoice(_ open: [InvoiceBalance]) -> PaymentAllocation? {
        guard open.count == 1, let only = open.first else { return nil }
        return PaymentAllocation(parts: [Part(balance: only, amount: only.outstanding)], needsConfirmation: true)
    }

    /// A payment that names no invoice. An amount equal to one invoice's balance goes to that invoice;
    /// any other amount is spread over the oldest invoices first, and what is left over after all of
    /// them is an overpayment on the last. Only an exact settlement of everything owed (or of the one
    /// invoice owed) is recorded without asking. Nil when no open invoice is in the payment's currency.
    public static func spread(_ amount: Money, over open: [InvoiceBalance]) -> PaymentAllocation? {
        let candidates = oldestFirst(open.filter { $0.invoice.amount.currency == amount.currency && $0.outstanding.isPositive })
        guard !candidates.isEmpty, amount.isPositive else { return nil }
        if let exact = candidates.first(where: { $0.outstanding == amount }) {
            return PaymentAllocation(parts: [Part(balance: exact, amount: amount)], needsConfirmation: false)
        }
        var left = amount.minorUnits
        var parts: [Part] = []
        for balance in candidates where left > 0 {
            let take = min(left, balance.outstanding.minorUnits)
            parts.append(Part(balance: balance, amount: Money(minorUnits: take, currency: amount.currency)))
            left -= take
        }
        if left > 0, let last = parts.indices.last {
            parts[last].amount = Money(minorUnits: parts[last].amount.minorUnits + left, currency: amount.currency)
        }
        let owed = candidates.reduce(Int64(0)) { $0 + $1.outstanding.minorUnits }
        let settlesTheOnlyInvoice = candidates.count == 1 && left == 0
        return PaymentAllocation(parts: parts, needsConfirmation: !(settlesTheOnlyInvoice || amount.minorUnits == owed))
    }

    /// The order payments are applied in: by due day (issue day when there is none), then number.
    static func oldestFirst(_ balances: [InvoiceBalance]) -> [InvoiceBalance] {
        balances.sorted {
            ($0.invoice.due ?? $0.invoice.issued, $0.invoice.number) < ($1.invoice.due ?? $1.invoice.issued, $1.invoice.number)
        }
    }
}
