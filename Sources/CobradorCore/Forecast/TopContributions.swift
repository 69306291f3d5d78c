import Foundation

/// The largest few contributions of one forecast week, and how many there were in all. A week of a
/// million-invoice book has tens of thousands of them; keeping only the top few (instead of every one,
/// sorted at the end) keeps the forecast's memory flat and its time linear.
struct TopContributions {
    let limit: Int
    private(set) var count = 0
    /// Largest amount first; equal amounts by invoice number.
    private(set) var parts: [CashForecaster.Part] = []

    init(limit: Int) { self.limit = limit }

    /// `number(i)` gives invoice i's number; it is only asked for when two amounts are equal.
    mutating func add(_ part: CashForecaster.Part, number: (Int) -> String) {
        count += 1
        guard limit > 0 else { return }
        func before(_ a: CashForecaster.Part, _ b: CashForecaster.Part) -> Bool {
            a.amount != b.amount ? a.amount > b.amount : number(a.invoice) < number(b.invoice)
        }
        if parts.count == limit {
            guard before(part, parts[limit - 1]) else { return }
            parts.removeLast()
        }
        var k = parts.count
        while k > 0 && before(part, parts[k - 1]) { k -= 1 }
        parts.insert(part, at: k)
    }
}
