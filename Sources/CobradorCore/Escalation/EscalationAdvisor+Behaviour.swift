import Foundation

extension EscalationAdvisor {
    /// Today's advice for a client: the ladder, adapted to how the client has paid so far unless
    /// `policy.usePaymentBehaviour` is off. A client who pays on time gets a softer first note and more
    /// time before the second; a chronic late payer gets the phone sooner; a client whose promises broke
    /// is asked for a date. Each change is named among the reasons.
    public func advise(_ file: ClientFile, today: CalendarDay) -> FollowUpAdvice {
        guard policy.usePaymentBehaviour else { return ladder(file, today: today) }
        let settings = policy.paymentBehaviour
        let record = PaymentRecord(file: file, asOf: today, settings: settings)
        var adjusted = policy
        switch record.profile {
        case .onTime:
            adjusted.secondReminderAfterDays += settings.onTimeExtraDaysBeforeSecondReminder
        case .chronicallyLate:
            adjusted.changeChannelMinEmails = min(adjusted.changeChannelMinEmails, settings.chronicEmailsBeforePhone)
        case .noHistory, .notEnoughHistory, .littleLate:
            break
        }
        var advice = EscalationAdvisor(policy: adjusted).ladder(file, today: today)
        advice.paymentProfile = record.profile
        advice.requiresDatedPromise = record.promisesBroken >= settings.brokenPromisesForDatedOnly
        let chasing = advice.status == .actionToday || advice.status == .waiting
        guard chasing else { return advice }

        let upcoming = advice.status == .actionToday ? advice.action : (advice.nextAction ?? .none)
        switch record.profile {
        case .onTime where upcoming.stage <= .secondReminder && upcoming.stage >= .firstReminder:
            advice.soft = upcoming == .firstReminder
            advice.reasons.append(
                .paysOnTime(
                    sharePercent: record.onTimeSharePercent ?? 0, invoices: record.invoicesPaid,
                    extraDays: settings.onTimeExtraDaysBeforeSecondReminder))
        case .chronicallyLate where upcoming.stage <= .changeChannel && upcoming.stage >= .firstReminder:
            advice.reasons.append(
                .paysChronicallyLate(
                    medianDaysLate: record.medianDaysLate ?? 0, invoices: record.invoicesPaid,
                    emailsBeforePhone: adjusted.changeChannelMinEmails))
        default:
            break
        }
        // The promise the ladder just reported broken is not also one broken "before".
        let before = Self.brokenBefore(record, reasons: advice.reasons)
        if advice.requiresDatedPromise, before > 0 {
            advice.reasons.append(.promisesBroken(broken: before, kept: record.promisesKept))
        }
        return advice
    }

    /// The client's broken promises, less the one a `.brokenPromise` reason already names.
    static func brokenBefore(_ record: PaymentRecord, reasons: [FollowUpReason]) -> Int {
        var named: (promisedFor: CalendarDay, madeOn: CalendarDay)?
        for reason in reasons {
            if case .brokenPromise(let promisedFor, let madeOn, _) = reason { named = (promisedFor, madeOn) }
        }
        guard let named else { return record.promisesBroken }
        let isNamed = { (o: PromiseOutcome) in o.promise.promisedFor == named.promisedFor && o.promise.madeOn == named.madeOn }
        let reported = record.promises.contains { $0.verdict == .broken && isNamed($0) }
        return record.promisesBroken - (reported ? 1 : 0)
    }
}
