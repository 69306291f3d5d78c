import Foundation

extension EscalationAdvisor {
    public func advise(_ file: ClientFile, today: CalendarDay) -> FollowUpAdvice { ladder(file, today: today) }
}
