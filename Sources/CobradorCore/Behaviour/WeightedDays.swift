import Foundation

/// Day counts with weights, and their weighted quantiles: the median and 90th percentile of lateness.
public struct WeightedDays: Hashable, Sendable {
    public private(set) var samples: [Sample]
    private var sorted = true

    public struct Sample: Hashable, Sendable {
        public var days: Int
        public var weight: Double

        public init(days: Int, weight: Double) {
            self.days = days
            self.weight = weight
        }
    }

    public init(_ samples: [Sample] = []) {
        self.samples = samples
        sorted = false
        sort()
    }

    public init(_ payments: [LatePayment]) {
        self.init(payments.map { Sample(days: $0.daysLate, weight: $0.weight) })
    }

    public mutating func add(days: Int, weight: Double) {
        guard weight > 0 else { return }
        samples.append(Sample(days: days, weight: weight))
        sorted = false
    }

    private mutating func sort() {
        guard !sorted else { return }
        samples = samples.filter { $0.weight > 0 }.sorted { $0.days < $1.days }
        sorted = true
    }

    public var count: Int { samples.count }
    public var isEmpty: Bool { samples.isEmpty }
    public var totalWeight: Double { samples.reduce(0) { $0 + $1.weight } }

    /// The smallest day count at or below which at least `fraction` of the weight lies (nil when empty).
    public func quantile(_ fraction: Double) -> Int? {
        var copy = self
        copy.sort()
        let total = copy.totalWeight
        guard total > 0 else { return nil }
        // A relative tolerance, so that 0.1 + 0.2 + … adding up to a hair under half still reaches it.
        let target = fraction * total * (1 - 1e-9)
        var running = 0.0
        for s in copy.samples {
            running += s.weight
            if running >= target { return s.days }
        }
        return copy.samples.last?.days
    }

    public var median: Int? { quantile(0.5) }
    public var p90: Int? { quantile(0.9) }

    /// The share of the weight with at most `days` days, 0…1 (nil when empty).
    public func share(atMost days: Int) -> Double? {
        let total = totalWeight
        guard total > 0 else { return nil }
        return samples.reduce(0) { $0 + ($1.days <= days ? $1.weight : 0) } / total
    }
}
