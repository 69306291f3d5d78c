import Foundation

/// Why an open invoice is expected on its day: the "why" of every figure in the forecast.
public enum ExpectedDateBasis: Hashable, Sendable, Codable, TemplateKeyed {
    /// The client promised to pay on that day.
    case promise(promisedFor: CalendarDay, madeOn: CalendarDay)
    /// Due date plus the client's own median lateness over `payments` payments.
    case clientLateness(medianDaysLate: Int, payments: Int)
    /// The client has too little history: due date plus the whole book's median lateness.
    case bookLateness(medianDaysLate: Int)
    /// Already later than the client usually pays: weighted by how often invoices of this age got paid.
    case ageWeighted(daysOverdue: Int, sharePercent: Int, waitDays: Int, reliable: Bool)

    public var key: String {
        switch self {
        case .promise: return "forecast.basis.promise"
        case .clientLateness: return "forecast.basis.client_lateness"
        case .bookLateness: return "forecast.basis.book_lateness"
        case .ageWeighted(_, _, _, let reliable):
            return reliable ? "forecast.basis.age_weighted" : "forecast.basis.age_fallback"
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .promise(let promisedFor, let madeOn):
            return ["promised_for": promisedFor.isoString, "made_on": madeOn.isoString]
        case .clientLateness(let days, let payments):
            return ["days": String(days), "payments": String(payments)]
        case .bookLateness(let days):
            return ["days": String(days)]
        case .ageWeighted(let overdue, let share, let wait, _):
            return ["days": String(overdue), "share": String(share), "wait": String(wait)]
        }
    }
}
