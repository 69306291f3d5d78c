import CobradorCore
import Foundation
import GRDB

/// Conversations as opaque blobs with their expiry (Unix milliseconds), one row per conversation key.
extension AppDatabase: ConversationStore {
    public func loadConversation(key: String, now: Date) throws -> Data? {
        try writer.read { db in
            try Data.fetchOne(
                db, sql: "SELECT state FROM conversation WHERE key = ? AND expires_at > ?", arguments: [key, Self.millis(now)])
        }
    }

    public func saveConversation(_ data: Data, key: String, expiresAt: Date) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO conversation (key, state, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at
                    """,
                arguments: [key, data, Self.millis(expiresAt)])
        }
    }

    public func deleteConversation(key: String) throws {
        try writer.write { db in try db.execute(sql: "DELETE FROM conversation WHERE key = ?", arguments: [key]) }
    }

    @discardableResult
    public func purgeExpiredConversations(now: Date) throws -> Int {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM conversation WHERE expires_at <= ?", arguments: [Self.millis(now)])
            return db.changesCount
        }
    }

    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
}
