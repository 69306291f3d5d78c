import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct ConversationStoreTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func blobsAreKeptPerKeyUntilTheyExpire() throws {
        let db = try AppDatabase.inMemory()
        try db.saveConversation(Data("a".utf8), key: "slack|T1|general|ana", expiresAt: Self.now.addingTimeInterval(60))
        try db.saveConversation(Data("b".utf8), key: "slack|T1|general|luis", expiresAt: Self.now.addingTimeInterval(120))
        #expect(try db.loadConversation(key: "slack|T1|general|ana", now: Self.now) == Data("a".utf8))
        #expect(try db.loadConversation(key: "slack|T1|general|ana", now: Self.now.addingTimeInterval(60)) == nil, "expired")
        #expect(try db.loadConversation(key: "nobody", now: Self.now) == nil)
        try db.saveConversation(Data("a2".utf8), key: "slack|T1|general|ana", expiresAt: Self.now.addingTimeInterval(600))
        #expect(try db.loadConversation(key: "slack|T1|general|ana", now: Self.now.addingTimeInterval(300)) == Data("a2".utf8))
        #expect(try db.purgeExpiredConversations(now: Self.now.addingTimeInterval(300)) == 1)
        #expect(try db.loadConversation(key: "slack|T1|general|luis", now: Self.now) == nil, "purged")
        try db.deleteConversation(key: "slack|T1|general|ana")
        #expect(try db.loadConversation(key: "slack|T1|general|ana", now: Self.now) == nil)
    }

    @Test func anotherConnectionSeesTheSameConversations() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let one = try AppDatabase.open(path: path), two = try AppDatabase.open(path: path)
        try one.saveConversation(Data([0, 1, 2]), key: "k", expiresAt: Self.now.addingTimeInterval(60))
        #expect(try two.loadConversation(key: "k", now: Self.now) == Data([0, 1, 2]))
    }

    @Test func theInMemoryStoreBehavesTheSame() async throws {
        let store = InMemoryConversationStore()
        await store.saveConversation(Data("a".utf8), key: "k", expiresAt: Self.now.addingTimeInterval(60))
        #expect(await store.loadConversation(key: "k", now: Self.now) == Data("a".utf8))
        #expect(await store.loadConversation(key: "k", now: Self.now.addingTimeInterval(61)) == nil)
        #expect(await store.purgeExpiredConversations(now: Self.now.addingTimeInterval(61)) == 1)
    }
}
