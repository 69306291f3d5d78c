import CobradorBot

/// Runs the turns of one conversation one after another, in the order they arrived, while different
/// conversations run side by side. Platforms that are answered after the HTTP acknowledgement (Slack
/// events, Telegram, button presses) would otherwise race two quick messages of the same user.
actor ConversationQueue {
    private var tails: [ConversationKey: Task<Void, Never>] = [:]

    /// Starts `work` after the conversation's earlier turns; the task gives its result.
    func enqueue(_ key: ConversationKey, _ work: @escaping @Sendable () async -> BotReply) -> Task<BotReply, Never> {
        let previous = tails[key]
        let task = Task {
            await previous?.value
            return await work()
        }
        let tail = Task<Void, Never> { _ = await task.value }
        tails[key] = tail
        Task { await self.finished(key, tail) }
        return task
    }

    /// Conversations with a turn waiting or running.
    var busyConversations: Int { tails.count }

    private func finished(_ key: ConversationKey, _ tail: Task<Void, Never>) async {
        await tail.value
        if tails[key] == tail { tails[key] = nil }
    }
}
