import Foundation

/// The usual receivables ageing columns.
public enum AgeingBucket: Int, Sendable, Codable, CaseIterable, Comparable {
    case current = 0
    case days1to30, days31to60, days61to90, over90

    public init(daysOverdue: Int) {
        switch daysOverdue {
        case ...0: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }

    /// The template of the column's label ("al día", "1–30"…).
    public var key: String {
        switch self {
        case .current: return "ageing.current"
        case .days1to30: return "ageing.days1to30"
        case .days31to60: return "ageing.days31to60"
        case .days61to90: return "ageing.days61to90"
        case .over90: return "ageing.over90"
        }
    }

    public static func < (lhs: AgeingBucket, rhs: AgeingBucket) -> Bool { lhs.rawValue < rhs.rawValue }
}
