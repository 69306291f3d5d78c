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
            advice.reasons.append(.paysOnTime(
                sharePercent: record.onTimeSharePercent ?? 0, invoices: record.invoicesPaid,
                extraDays: settings.onTimeExtraDaysBeforeSecondReminder))
        case .chronicallyLate where upcoming.stage <= .changeChannel && upcoming.stage >= .firstReminder:
            advice.reasons.append(.paysChronicallyLate(
                medianDaysLate: record.medianDaysLate ?? 0, invoices: record.invoicesPaid,
                emailsBeforePhone: adjusted.changeChannelMinEmails))
        default:
            break
        }
        if advice.requiresDatedPromise {
            advice.reasons.append(.promisesBroken(broken: record.promisesBroken, kept: record.promisesKept))
        }
        return advice
    }
}
