import Foundation

/// Where conversations live between messages, so that a question asked before a restart, or through
/// another process on the same database, is still answered. The store keeps opaque blobs (the bot
/// decides their format) under a key, each with the moment it expires.
public protocol ConversationStore: Sendable {
    /// The blob saved under `key`, or nil when there is none or it expired before `now`.
    func loadConversation(key: String, now: Date) async throws -> Data?
    /// Saves (or replaces) the blob under `key` until `expiresAt`.
    func saveConversation(_ data: Data, key: String, expiresAt: Date) async throws
    func deleteConversation(key: String) async throws
    /// Deletes every blob that expired before `now`; returns how many.
    @discardableResult
    func purgeExpiredConversations(now: Date) async throws -> Int
}
