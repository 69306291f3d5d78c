import CobradorCore
import Foundation

/// How one generated client pays, so the book's history means something: a usual lateness, and whether
/// it holds (stable), moves month by month (drifting) or is all over the place (erratic); some invoices
/// are paid in two parts, and a few never.
struct PaymentHabit: Sendable {
    enum Kind: String, Sendable { case stable, drifting, erratic }

    let kind: Kind
    /// Days late around which the client pays (negative: early).
    let usual: Double
    /// Days per month the usual lateness moves (drifting clients; positive: getting worse).
    let driftPerMonth: Double
    /// Chance an invoice is never paid.
    let neverPays: Double

    /// Client `i`'s habit, from the seed: half stable, 30 % drifting, 20 % erratic; about a third pay
    /// on time, two fifths a little late and a quarter chronically late.
    init(client i: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed ^ (UInt64(i) &* 0x9E37_79B9_7F4A_7C15))
        switch i % 10 {
        case 0..<5: kind = .stable
        case 5..<8: kind = .drifting
        default: kind = .erratic
        }
        let r = rng.unit()
        if r < 0.35 {
            usual = -2 + 3 * rng.unit()
            neverPays = 0.005
        } else if r < 0.75 {
            usual = 3 + 12 * rng.unit()
            neverPays = 0.02
        } else {
            usual = 20 + 40 * rng.unit()
            neverPays = 0.06
        }
        driftPerMonth = kind == .drifting ? (rng.unit() < 0.65 ? 1 : -1) * (0.5 + 2 * rng.unit()) : 0
    }

    /// The payments of one invoice of `amount` due on `due`, as (minor units, day), possibly in the
    /// future of the book's last day (then they are not made yet). `origin` anchors the drift.
    func payments(amount: Int64, due: CalendarDay, origin: CalendarDay, rng: inout SplitMix64) -> [(Int64, CalendarDay)] {
        if rng.unit() < neverPays { return [] }
        let months = Double(origin.days(until: due)) / 30.4
        var late: Double
        switch kind {
        case .stable: late = usual + 6 * (rng.unit() - 0.5)
        case .drifting: late = usual + driftPerMonth * months + 6 * (rng.unit() - 0.5)
        case .erratic: late = max(usual, 0) * 2 * rng.unit() + 30 * rng.unit() * rng.unit()
        }
        late = max(late, -10)
        let day = due.adding(days: Int(late.rounded()))
        guard amount > 1, rng.unit() < 0.1 else { return [(amount, day)] }
        // In two parts: some of it earlier, the rest on the usual day.
        let first = amount * Int64(20 + rng.next() % 60) / 100
        return [(first, due.adding(days: Int((late * rng.unit()).rounded()) - 5)), (amount - first, day)]
    }
}
