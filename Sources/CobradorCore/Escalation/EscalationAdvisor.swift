import Foundation

/// The follow-up ladder as a pure function of a client's file and today.
///
/// Per client, the most overdue invoice still being chased decides the rung. The rung comes from what
/// was already tried (emails, other channels, a lawyer); the timing comes from the latest of those
/// attempts or the latest sign of life (an answer, a payment, a promise, the end of a pause), because
/// an answer restarts the clock but does not send the chase back to a friendly first email.
public struct EscalationAdvisor: Sendable {
    public var policy: EscalationPolicy

    public init(policy: EscalationPolicy = .standard) { self.policy = policy }

    /// The ladder alone, before payment behaviour adapts it (see `advise` in `EscalationAdvisor+Behaviour`).
    func ladder(_ file: ClientFile, today: CalendarDay) -> FollowUpAdvice {
        let open = file.openBalances(asOf: today)
        var advice = FollowUpAdvice(
            clientID: file.client.id, clientName: file.client.name, today: today, status: .settled, stage: .notDue,
            action: .none, nextAction: nil, checkAgainOn: nil, reasons: [], worstInvoice: nil, openInvoices: open)
        guard !open.isEmpty else {
            advice.reasons = [.settled]
            return advice
        }

        var reasons: [FollowUpReason] = []
        var dueOf: [Int64: CalendarDay] = [:]
        for b in open {
            if let due = b.invoice.due {
                dueOf[b.invoice.id] = due
            } else {
                let due = b.invoice.issued.adding(days: policy.assumedPaymentTermDays)
                dueOf[b.invoice.id] = due
                reasons.append(
                    .assumedDueDate(invoice: b.invoice.number, due: due, termDays: policy.assumedPaymentTermDays))
            }
        }

        let activePauses = file.pauses.filter { $0.isActive(on: today) }
            .sorted { ($0.from, $0.id) < ($1.from, $1.id) }
        if let pause = activePauses.last(where: { $0.invoiceID == nil }) {
            let worst = Self.worst(open, dueOf: dueOf)
            let history = FollowUpHistory(
                events: file.events, considered: dueOf, clientLevelAfter: dueOf[worst.invoice.id]!, today: today)
            reasons.append(.paused(kind: pause.kind, since: pause.from, until: pause.until, invoice: nil))
            advice.status = .paused
            advice.stage = history.reachedStage(through: today)
            advice.worstInvoice = worst
            advice.checkAgainOn = pause.until?.adding(days: 1)
            advice.reasons = reasons
            return advice
        }

        let openIDs = Set(open.map(\.invoice.id))
        var pausedIDs: Set<Int64> = []
        for p in activePauses {
            guard let id = p.invoiceID, openIDs.contains(id), !pausedIDs.contains(id) else { continue }
            pausedIDs.insert(id)
            let number = open.first { $0.invoice.id == id }!.invoice.number
            reasons.append(.paused(kind: p.kind, since: p.from, until: p.until, invoice: number))
        }
        let considered = open.filter { !pausedIDs.contains($0.invoice.id) }
        guard !considered.isEmpty else {
            let pauses = activePauses.filter { $0.invoiceID.map(pausedIDs.contains) ?? false }
            advice.status = .paused
            advice.worstInvoice = Self.worst(open, dueOf: dueOf)
            advice.reasons = reasons
            // Look again when the first pause with an end date lapses; open-ended ones wait for the user.
            advice.checkAgainOn = pauses.compactMap { $0.until?.adding(days: 1) }.min()
            return advice
        }
        let consideredDue = dueOf.filter { id, _ in considered.contains { $0.invoice.id == id } }

        let worst = Self.worst(considered, dueOf: dueOf)
        let worstDue = dueOf[worst.invoice.id]!
        advice.worstInvoice = worst
        for b in considered where b.isPartlyPaid {
            reasons.append(.partialPayment(invoice: b.invoice.number, paid: b.paid, remaining: b.outstanding))
        }

        guard worstDue < today else {
            return notDue(advice, worst: worst, due: worstDue, file: file, reasons: reasons, today: today)
        }

        let history = FollowUpHistory(
            events: file.events, considered: consideredDue, clientLevelAfter: worstDue, today: today)
        reasons.insert(
            .daysOverdue(
                invoice: worst.invoice.number, due: worstDue, days: worstDue.days(until: today),
                outstanding: worst.outstanding),
            at: 0)
        if !history.emails.isEmpty { reasons.append(.remindersSent(dates: history.emails.map(\.date))) }
        if !history.otherAttempts.isEmpty {
            reasons.append(.callsWithoutAnswer(dates: history.otherAttempts.map(\.date)))
        }
        if let answer = history.answers.last { reasons.append(.lastAnswer(on: answer.date, channel: answer.channel)) }

        let ctx = Context(file: file, history: history, today: today, legalStartedOn: history.legal.first?.date)
        let signs = signsOfLife(
            file: file, history: history, considered: considered, dueOf: dueOf, worst: worst.invoice.id,
            worstDue: worstDue, today: today)
        let promise = latestOpenPromise(file: file, considered: considered, worst: worst, today: today)

        if let promise, today <= promise.promisedFor {
            reasons.append(
                .promisePending(promisedFor: promise.promisedFor, madeOn: promise.madeOn, amount: promise.amount))
            advice.status = .waiting
            advice.stage = max(history.reachedStage(through: today), .firstReminder)
            advice.nextAction = action(for: bumped(history.reachedStage(through: today)), ctx)
            advice.checkAgainOn = promise.promisedFor.adding(days: 1)
            advice.reasons = reasons
            return advice
        }

        if let started = history.legal.first {
            reasons.append(.legalStarted(on: started.date, channel: started.channel))
            let due = history.legal.last!.date.adding(days: policy.lawyerFollowUpDays)
            return finish(advice, stage: .legal, due: due, ctx: ctx, reasons: reasons)
        }

        let ladder: Ladder
        if let promise, !signs.contains(where: { $0.date > promise.promisedFor }) {
            reasons.append(promise.brokenReason)
            ladder = Ladder(
                start: bumped(history.reachedStage(through: promise.promisedFor)), clockPoint: promise.promisedFor,
                firstDue: promise.promisedFor.adding(days: 1), processStart: promise.madeOn)
        } else if let sign = signs.last {
            if let promise {
                // Superseded by a later answer or payment: named, but the ladder follows the newer sign.
                reasons.append(promise.brokenReason)
            }
            reasons.append(.clockRestarted(on: sign.date, cause: sign.cause))
            ladder = Ladder(
                start: resumed(history.reachedStage(through: sign.date)), clockPoint: sign.date,
                firstDue: sign.date.adding(days: sign.wait), processStart: sign.date)
        } else {
            let processStart: CalendarDay? =
                switch policy.legalClockStart {
                case .dueDate: worstDue
                case .firstReminder: history.attempts.first?.date
                }
            ladder = Ladder(
                start: .firstReminder, clockPoint: worstDue, firstDue: worstDue.adding(days: 1),
                processStart: processStart)
        }
        return climb(advice, ladder: ladder, ctx: ctx, reasons: reasons)
    }

    // MARK: - The ladder proper

    /// Where the chase restarts from: the rung to begin with, the day after which attempts count,
    /// when the first step falls due, and where the "more than a month" for the lawyer counts from.
    struct Ladder {
        var start: FollowUpStage
        var clockPoint: CalendarDay
        var firstDue: CalendarDay
        var processStart: CalendarDay?
    }

    struct Context {
        var file: ClientFile
        var history: FollowUpHistory
        var today: CalendarDay
        var legalStartedOn: CalendarDay?
    }

    private func climb(
        _ advice: FollowUpAdvice, ladder: Ladder, ctx: Context, reasons: [FollowUpReason]
    ) -> FollowUpAdvice {
        var reasons = reasons
        let today = ctx.today
        let emails = ctx.history.emails.filter { $0.date > ladder.clockPoint }
        let others = ctx.history.otherAttempts.filter { $0.date > ladder.clockPoint }

        var stage = stageAfter(start: ladder.start, unansweredEmails: emails.count)
        if !others.isEmpty { stage = max(stage, .changeChannel) }

        var due = ladder.firstDue
        if let last = (emails + others).max(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            let wait: Int
            switch stage {
            case .notDue, .firstReminder, .secondReminder: wait = policy.secondReminderAfterDays
            case .changeChannel, .legal:
                wait = last.channel == .email ? policy.changeChannelAfterDays : policy.retryOtherChannelAfterDays
            }
            due = last.date.adding(days: wait)
        }

        if stage == .changeChannel, let start = ladder.processStart {
            let elapsed = start.days(until: today)
            let legalDay = start.adding(days: policy.legalAfterDays + 1)
            let triedOther = !others.isEmpty || !policy.legalRequiresOtherChannel
            if today >= legalDay {
                reasons.append(.processDuration(since: start, days: elapsed))
                if triedOther {
                    stage = .legal
                    due = min(due, legalDay)
                } else {
                    reasons.append(.otherChannelsNotTried(since: start, days: elapsed))
                    due = min(due, today)
                }
            } else if triedOther, legalDay < due {
                return finish(advice, stage: .legal, due: legalDay, ctx: ctx, reasons: reasons)
            }
        }
        return finish(advice, stage: stage, due: due, ctx: ctx, reasons: reasons)
    }

    /// Turns "this rung falls due on that day" into today's advice or a wait.
    private func finish(
        _ advice: FollowUpAdvice, stage: FollowUpStage, due: CalendarDay, ctx: Context, reasons: [FollowUpReason]
    ) -> FollowUpAdvice {
        var advice = advice
        var reasons = reasons
        let step = action(for: stage, ctx)
        if case .changeChannel(let options) = step, options.isMissing { reasons.append(.noOtherChannelOnRecord) }
        if due <= ctx.today {
            advice.status = .actionToday
            advice.stage = stage
            advice.action = step
            advice.nextAction = step
            // If the step is taken today, this is when to look again.
            advice.checkAgainOn = ctx.today.adding(days: wait(after: stage))
        } else {
            advice.status = .waiting
            advice.stage = max(ctx.history.reachedStage(through: ctx.today), .firstReminder)
            advice.nextAction = step
            advice.checkAgainOn = due
        }
        advice.reasons = reasons
        return advice
    }

    private func notDue(
        _ advice: FollowUpAdvice, worst: InvoiceBalance, due: CalendarDay, file: ClientFile, reasons: [FollowUpReason],
        today: CalendarDay
    ) -> FollowUpAdvice {
        var advice = advice
        var reasons = reasons
        reasons.insert(.notDueYet(invoice: worst.invoice.number, due: due, daysUntilDue: today.days(until: due)), at: 0)
        advice.status = .notDue
        advice.stage = .notDue
        advice.nextAction = .firstReminder
        advice.checkAgainOn = due.adding(days: 1)
        if let before = policy.courtesyNoteDaysBefore {
            let noteDay = due.adding(days: -before)
            let note = FollowUpAction.courtesyNote(invoice: worst.invoice.number, due: due)
            if today < noteDay {
                advice.nextAction = note
                advice.checkAgainOn = noteDay
            } else if let sent = file.events.first(where: {
                $0.channel == .email && $0.outcome != .answered && $0.date >= noteDay && $0.date <= today
                    && ($0.invoiceID == nil || $0.invoiceID == worst.invoice.id)
            }) {
                reasons.append(.courtesyNoteSent(on: sent.date))
            } else {
                advice.status = .actionToday
                advice.action = note
            }
        }
        advice.reasons = reasons
        return advice
    }

    // MARK: - Rules

    /// After `unansweredEmails` more emails without answer, which rung is next. After an answer the
    /// chase resumes at the rung reached, and one more unanswered email is enough to change channel.
    func stageAfter(start: FollowUpStage, unansweredEmails u: Int) -> FollowUpStage {
        guard u > 0 else { return start }
        if start == .legal { return .legal }
        if start >= .secondReminder { return .changeChannel }
        return u >= policy.changeChannelMinEmails ? .changeChannel : .secondReminder
    }

    /// The rung to resume at after a sign of life. The clock restarts but the ladder does not go back:
    /// after a first reminder the next email is the firmer one; from the second reminder on, the rung
    /// reached is repeated once (the client did answer, so the channel works) before climbing again.
    func resumed(_ reached: FollowUpStage) -> FollowUpStage {
        switch reached {
        case .notDue: return .firstReminder
        case .firstReminder: return .secondReminder
        case .secondReminder, .changeChannel, .legal: return reached
        }
    }

    /// A broken promise moves the chase one rung up; only someone already past other channels goes legal.
    func bumped(_ reached: FollowUpStage) -> FollowUpStage {
        let up = FollowUpStage(clamping: max(reached, .firstReminder).rawValue + 1)
        return reached >= .changeChannel ? up : min(up, .changeChannel)
    }

    private func wait(after stage: FollowUpStage) -> Int {
        switch stage {
        case .notDue, .firstReminder: return policy.secondReminderAfterDays
        case .secondReminder: return policy.changeChannelAfterDays
        case .changeChannel: return policy.retryOtherChannelAfterDays
        case .legal: return policy.lawyerFollowUpDays
        }
    }

    private func action(for stage: FollowUpStage, _ ctx: Context) -> FollowUpAction {
        switch stage {
        case .notDue, .firstReminder: return .firstReminder
        case .secondReminder: return .secondReminder
        case .changeChannel:
            return .changeChannel(
                ChannelOptions(
                    client: ctx.file.client, askAboutSpam: !ctx.history.emails.isEmpty,
                    callsWithoutAnswer: ctx.history.otherAttempts.count))
        case .legal: return .legal(startedOn: ctx.legalStartedOn)
        }
    }

    struct SignOfLife {
        var date: CalendarDay
        var cause: FollowUpReason.ClockCause
        /// Days from the sign to the next step: a week after an answer, none after a pause ends.
        var wait: Int
    }

    /// Answers, payments after the due date, promises and ended pauses, oldest first. A payment is an
    /// answer about the invoice it pays only: a few euros on a newer invoice say nothing about the one
    /// being chased, and must not postpone its reminders.
    private func signsOfLife(
        file: ClientFile, history: FollowUpHistory, considered: [InvoiceBalance], dueOf: [Int64: CalendarDay],
        worst: Int64, worstDue: CalendarDay, today: CalendarDay
    ) -> [SignOfLife] {
        let ids = Set(considered.map(\.invoice.id))
        var signs = history.answers.map { SignOfLife(date: $0.date, cause: .answer, wait: policy.waitAfterAnswerDays) }
        for p in file.payments where p.invoiceID == worst && p.date <= today {
            if let due = dueOf[p.invoiceID], p.date > due {
                signs.append(SignOfLife(date: p.date, cause: .payment, wait: policy.waitAfterAnswerDays))
            }
        }
        for p in file.promises where p.madeOn > worstDue && p.madeOn <= today {
            guard p.invoiceID.map(ids.contains) ?? true else { continue }
            signs.append(SignOfLife(date: p.madeOn, cause: .promise, wait: policy.waitAfterAnswerDays))
        }
        for p in file.pauses where p.invoiceID.map(ids.contains) ?? true {
            let end = p.resolvedOn ?? p.until?.adding(days: 1)
            if let end, end <= today, end > worstDue, p.from <= today {
                signs.append(SignOfLife(date: end, cause: .pauseEnded, wait: 0))
            }
        }
        return signs.sorted { $0.date < $1.date }
    }

    /// The latest promise about what is being chased, unless it was kept (its amount paid since it was made).
    private func latestOpenPromise(
        file: ClientFile, considered: [InvoiceBalance], worst: InvoiceBalance, today: CalendarDay
    ) -> PaymentPromise? {
        let ids = Set(considered.map(\.invoice.id))
        let relevant = file.promises.filter {
            $0.madeOn <= today && ($0.invoiceID.map(ids.contains) ?? ($0.madeOn >= worst.invoice.issued))
        }
        guard let latest = relevant.max(by: { ($0.madeOn, $0.id) < ($1.madeOn, $1.id) }) else { return nil }
        if let amount = latest.amount {
            let paid = file.payments.filter {
                $0.date >= latest.madeOn && $0.date <= today && $0.amount.currency == amount.currency
            }.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
            if paid >= amount.minorUnits { return nil }
        }
        return latest
    }

    /// Most overdue first; among equals the larger amount when comparable (same currency), then the number.
    static func worst(_ balances: [InvoiceBalance], dueOf: [Int64: CalendarDay]) -> InvoiceBalance {
        balances.min { a, b in
            let da = dueOf[a.invoice.id]!
            let db = dueOf[b.invoice.id]!
            if da != db { return da < db }
            if a.outstanding.currency == b.outstanding.currency, a.outstanding != b.outstanding {
                return a.outstanding.minorUnits > b.outstanding.minorUnits
            }
            return a.invoice.number < b.invoice.number
        }!
    }
}

extension PaymentPromise {
    fileprivate var brokenReason: FollowUpReason {
        .brokenPromise(promisedFor: promisedFor, madeOn: madeOn, amount: amount)
    }
}
