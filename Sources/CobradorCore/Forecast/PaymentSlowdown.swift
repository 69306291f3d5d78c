import Foundation

/// A client paying later than it used to: its median days late over the recent period against the
/// period before, each from the payments received in it.
public struct PaymentSlowdown: Hashable, Sendable, Codable {
    public var clientID: Int64
    public var clientName: String
    public var recentMedianDaysLate: Int
    public var earlierMedianDaysLate: Int
    public var recentPayments: Int
    public var earlierPayments: Int
    public var recentFrom: CalendarDay
    public var earlierFrom: CalendarDay
    public var today: CalendarDay

    public init(
        clientID: Int64, clientName: String, recentMedianDaysLate: Int, earlierMedianDaysLate: Int, recentPayments: Int,
        earlierPayments: Int, recentFrom: CalendarDay, earlierFrom: CalendarDay, today: CalendarDay
    ) {
        self.clientID = clientID
        self.clientName = clientName
        self.recentMedianDaysLate = recentMedianDaysLate
        self.earlierMedianDaysLate = earlierMedianDaysLate
        self.recentPayments = recentPayments
        self.earlierPayments = earlierPayments
        self.recentFrom = recentFrom
        self.earlierFrom = earlierFrom
        self.today = today
    }

    public var riseDays: Int { recentMedianDaysLate - earlierMedianDaysLate }

    /// Clients whose median rose by at least the settings' minimum, biggest rise first (then name), up
    /// to the settings' limit. Each period needs the settings' minimum of payments.
    public static func find(
        _ book: ReceivablesBook, today: CalendarDay, settings: ForecastSettings = .standard
    ) -> [PaymentSlowdown] {
        let index = BookIndex(book)
        let lateness = index.lateness(asOf: today)
        let recentFrom = today.adding(days: -(settings.slowerRecentDays - 1))
        let earlierFrom = recentFrom.adding(days: -settings.slowerEarlierDays)
        let earlierTo = recentFrom.adding(days: -1)
        var out: [PaymentSlowdown] = []
        for (c, clientID) in index.clientIDs.enumerated() {
            guard let recent = lateness.median(c, since: recentFrom),
                let earlier = lateness.median(c, since: earlierFrom, until: earlierTo),
                recent.payments >= settings.slowerMinimumPayments, earlier.payments >= settings.slowerMinimumPayments,
                recent.days - earlier.days >= max(1, settings.slowerMinimumRiseDays)
            else { continue }
            out.append(
                PaymentSlowdown(
                    clientID: clientID, clientName: book.name(of: clientID), recentMedianDaysLate: recent.days,
                    earlierMedianDaysLate: earlier.days, recentPayments: recent.payments, earlierPayments: earlier.payments,
                    recentFrom: recentFrom, earlierFrom: earlierFrom, today: today))
        }
        out.sort { a, b in a.riseDays != b.riseDays ? a.riseDays > b.riseDays : (a.clientName, a.clientID) < (b.clientName, b.clientID) }
        return Array(out.prefix(settings.slowerLimit))
    }
}
