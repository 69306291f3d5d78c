import Foundation

/// Conversations kept in this process only: for the demo, tests, and engines without a database.
public actor InMemoryConversationStore: ConversationStore {
    private var entries: [String: (data: Data, expiresAt: Date)] = [:]

    public init() {}

    public func loadConversation(key: String, now: Date) -> Data? {
        guard let entry = entries[key], entry.expiresAt > now else { return nil }
        return entry.data
    }

    public func saveConversation(_ data: Data, key: String, expiresAt: Date) {
        entries[key] = (data, expiresAt)
    }

    public func deleteConversation(key: String) {
        entries[key] = nil
    }

    @discardableResult
    public func purgeExpiredConversations(now: Date) -> Int {
        let before = entries.count
        entries = entries.filter { $0.value.expiresAt > now }
        return before - entries.count
    }
}
