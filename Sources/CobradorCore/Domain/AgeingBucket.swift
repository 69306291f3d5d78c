import Foundation

/// The usual receivables ageing columns.
public enum AgeingBucket: Int, Sendable, Codable, CaseIterable, Comparable {
    case current = 0, days1to30, days31to60, days61to90, over90

    public init(daysOverdue: Int) {
        switch daysOverdue {
        case ...0: self = .current
        case 1...30: self = .days1to30
        case 31...60: self = .days31to60
        case 61...90: self = .days61to90
        default: self = .over90
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.current, .es): return "al día"
        case (.current, .en): return "current"
        case (.days1to30, _): return "1–30"
        case (.days31to60, _): return "31–60"
        case (.days61to90, _): return "61–90"
        case (.over90, _): return ">90"
        }
    }

    public static func < (lhs: AgeingBucket, rhs: AgeingBucket) -> Bool { lhs.rawValue < rhs.rawValue }
}
