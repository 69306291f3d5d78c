import CobradorCore
import Foundation

extension FileBuilder {
    /// `lateness.count` paid invoices of `amount`, one a month back from `before` (oldest first), each
    /// paid that many days after its due date (negative: early).
    mutating func paidHistory(
        _ lateness: [Int], before: String, amount: Money = eur("500.00"), prefix: String = "H", term: Int = 30
    ) {
        let end = day(before)
        for (k, late) in lateness.enumerated() {
            let issued = end.adding(months: -(lateness.count - k + 1))
            let due = issued.adding(days: term)
            let id = invoice("\(prefix)-\(k + 1)", issued: issued.isoString, due: due.isoString, amount: amount)
            pay(id, amount, on: due.adding(days: late).isoString)
        }
    }
}
