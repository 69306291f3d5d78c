import CobradorCore
import Foundation
import PostgresNIO

/// Conversations as opaque blobs with their expiry (Unix milliseconds): any instance can take the next
/// message of a conversation. Saving one leaves the ledger's change token alone.
extension PostgresStore: ConversationStore {
    public func loadConversation(key: String, now: Date) async throws -> Data? {
        try await read { conn in
            try await conn.value(
                "SELECT state FROM conversation WHERE key = \(key) AND expires_at > \(Self.millis(now))", as: Data.self, logger)
        }
    }

    public func saveConversation(_ data: Data, key: String, expiresAt: Date) async throws {
        try await client.query(
            """
            INSERT INTO conversation (key, state, expires_at) VALUES (\(key), \(data), \(Self.millis(expiresAt)))
            ON CONFLICT (key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at
            """, logger: logger)
    }

    public func deleteConversation(key: String) async throws {
        try await client.query("DELETE FROM conversation WHERE key = \(key)", logger: logger)
    }

    @discardableResult
    public func purgeExpiredConversations(now: Date) async throws -> Int {
        try await read { conn in
            try await conn.values(
                "DELETE FROM conversation WHERE expires_at <= \(Self.millis(now)) RETURNING 1", as: Int32.self, logger
            ).count
        }
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
}
