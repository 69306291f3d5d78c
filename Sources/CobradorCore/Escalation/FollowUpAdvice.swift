import Foundation

/// The advisor's answer for one client on one day: what to do, why, and when to look again.
public struct FollowUpAdvice: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var clientName: String
    public var today: CalendarDay
    public var status: FollowUpStatus
    /// The rung of today's action; while waiting, the rung already reached.
    public var stage: FollowUpStage
    /// What to do today (`.none` unless `status == .actionToday`).
    public var action: FollowUpAction
    /// What will be due on `checkAgainOn` if nothing changes in between.
    public var nextAction: FollowUpAction?
    public var checkAgainOn: CalendarDay?
    public var reasons: [FollowUpReason]
    /// The invoice that decides the rung (the most overdue one, else the next to fall due).
    public var worstInvoice: InvoiceBalance?
    /// Every invoice with something left to pay, paused ones included (their pause is among the reasons).
    public var openInvoices: [InvoiceBalance]
    /// The client's payment profile when payment behaviour shapes the ladder (nil when that is off).
    public var paymentProfile: PaymentProfile?
    /// A client who pays on time gets a softer first reminder: the draft picks the gentle wording.
    public var soft = false
    /// The client has broken promises before: a new promise is only taken with a date, and drafts ask for one.
    public var requiresDatedPromise = false

    public init(
        clientID: Int64, clientName: String, today: CalendarDay, status: FollowUpStatus, stage: FollowUpStage,
        action: FollowUpAction, nextAction: FollowUpAction?, checkAgainOn: CalendarDay?, reasons: [FollowUpReason],
        worstInvoice: InvoiceBalance?, openInvoices: [InvoiceBalance]
    ) {
        self.clientID = clientID
        self.clientName = clientName
        self.today = today
        self.status = status
        self.stage = stage
        self.action = action
        self.nextAction = nextAction
        self.checkAgainOn = checkAgainOn
        self.reasons = reasons
        self.worstInvoice = worstInvoice
        self.openInvoices = openInvoices
    }

    public var needsActionToday: Bool { status == .actionToday }

    /// Days overdue of the deciding invoice; 0 when nothing is overdue.
    public var worstDaysOverdue: Int {
        for reason in reasons { if case .daysOverdue(_, _, let days, _) = reason { return days } }
        return 0
    }

    /// Total still owed, per currency.
    public var outstanding: CurrencyTotals {
        var totals = CurrencyTotals()
        for b in openInvoices { totals.add(b.outstanding) }
        return totals
    }

    /// The open invoices the ladder is chasing: all but those under their own pause or dispute.
    public var consideredInvoices: [InvoiceBalance] {
        let paused = Set(
            reasons.compactMap { reason -> String? in
                if case .paused(_, _, _, let invoice?) = reason { return invoice }
                return nil
            })
        return openInvoices.filter { !paused.contains($0.invoice.number) }
    }

    public func has(reasonKey: String) -> Bool { reasons.contains { $0.key == reasonKey } }
}
