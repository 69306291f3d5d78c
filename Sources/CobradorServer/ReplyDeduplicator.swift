import CobradorBot

/// Makes a repeated delivery (Slack retries with `X-Slack-Retry-Num`) reuse the first one's
/// engine call instead of applying the command twice. Entries expire after `window`; at most
/// `capacity` are kept (the oldest go first).
actor ReplyDeduplicator {
    private struct Entry {
        let task: Task<BotReply, Never>
        let createdAt: ContinuousClock.Instant
        var latePostScheduled = false
    }

    private let window: Duration
    private let capacity: Int
    private let clock = ContinuousClock()
    private var entries: [String: Entry] = [:]

    init(window: Duration, capacity: Int = 10_000) {
        self.window = window
        self.capacity = capacity
    }

    /// The engine call for this delivery: the earlier one if the key was seen within the window
    /// (`isNew` false), else a new one started with `start`.
    func task(
        for key: String,
        start: @Sendable () -> Task<BotReply, Never>
    ) -> (task: Task<BotReply, Never>, isNew: Bool) {
        let now = clock.now
        if let entry = entries[key], now - entry.createdAt < window {
            return (entry.task, false)
        }
        evict(now: now)
        let task = start()
        entries[key] = Entry(task: task, createdAt: now)
        return (task, true)
    }

    /// Records that the reply of this delivery will be posted to its `response_url`.
    func markLatePostScheduled(for key: String) {
        entries[key]?.latePostScheduled = true
    }

    /// True when the reply will reach the chat through `response_url`: a retry must not answer it again.
    func isLatePostScheduled(for key: String) -> Bool {
        entries[key]?.latePostScheduled ?? false
    }

    private func evict(now: ContinuousClock.Instant) {
        entries = entries.filter { now - $0.value.createdAt < window }
        while entries.count >= capacity, let oldest = entries.min(by: { $0.value.createdAt < $1.value.createdAt }) {
            entries[oldest.key] = nil
        }
    }
}
