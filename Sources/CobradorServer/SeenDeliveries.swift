/// Remembers which deliveries were already taken (Slack `event_id`s, Telegram `update_id`s, Teams
/// activity ids), so a retried or replayed one changes nothing. Bounded: entries expire after
/// `window`, and at most `capacity` are kept (the oldest go first).
actor SeenDeliveries {
    private let window: Duration
    private let capacity: Int
    private let clock = ContinuousClock()
    private var seen: [String: ContinuousClock.Instant] = [:]
    private var order: [(key: String, at: ContinuousClock.Instant)] = []
    private var head = 0

    init(window: Duration, capacity: Int = 10_000) {
        self.window = window
        self.capacity = capacity
    }

    /// True the first time a key is offered within the window; false for a repeat.
    func isFirst(_ key: String) -> Bool {
        let now = clock.now
        evict(now: now)
        if let at = seen[key], now - at < window { return false }
        seen[key] = now
        order.append((key, now))
        return true
    }

    var count: Int { seen.count }

    private func evict(now: ContinuousClock.Instant) {
        while head < order.count, now - order[head].at >= window || seen.count >= capacity {
            let entry = order[head]
            if seen[entry.key] == entry.at { seen[entry.key] = nil }
            head += 1
        }
        if head > 1_024, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }
}
