import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

@Suite struct ConversationStoreTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test(arguments: StoreEngine.available) func blobsAreKeptPerKeyUntilTheyExpire(engine: StoreEngine) async throws {
        try await engine.withStore { db in
            try await db.saveConversation(Data("a".utf8), key: "slack|T1|general|ana", expiresAt: Self.now.addingTimeInterval(60))
            try await db.saveConversation(Data("b".utf8), key: "slack|T1|general|luis", expiresAt: Self.now.addingTimeInterval(120))
            #expect(try await db.loadConversation(key: "slack|T1|general|ana", now: Self.now) == Data("a".utf8))
            #expect(try await db.loadConversation(key: "slack|T1|general|ana", now: Self.now.addingTimeInterval(60)) == nil, "expired")
            #expect(try await db.loadConversation(key: "nobody", now: Self.now) == nil)
            try await db.saveConversation(Data("a2".utf8), key: "slack|T1|general|ana", expiresAt: Self.now.addingTimeInterval(600))
            #expect(try await db.loadConversation(key: "slack|T1|general|ana", now: Self.now.addingTimeInterval(300)) == Data("a2".utf8))
            #expect(try await db.purgeExpiredConversations(now: Self.now.addingTimeInterval(300)) == 1)
            #expect(try await db.loadConversation(key: "slack|T1|general|luis", now: Self.now) == nil, "purged")
            try await db.deleteConversation(key: "slack|T1|general|ana")
            #expect(try await db.loadConversation(key: "slack|T1|general|ana", now: Self.now) == nil)
        }
    }

    @Test(arguments: StoreEngine.available) func anotherConnectionSeesTheSameConversations(engine: StoreEngine) async throws {
        try await engine.withLocation { location in
            let one = try await StoreEngine.open(location)
            let two = try await StoreEngine.open(location)
            try await one.saveConversation(Data([0, 1, 2]), key: "k", expiresAt: Self.now.addingTimeInterval(60))
            #expect(try await two.loadConversation(key: "k", now: Self.now) == Data([0, 1, 2]))
        }
    }

    @Test func theInMemoryStoreBehavesTheSame() async throws {
        let store = InMemoryConversationStore()
        await store.saveConversation(Data("a".utf8), key: "k", expiresAt: Self.now.addingTimeInterval(60))
        #expect(await store.loadConversation(key: "k", now: Self.now) == Data("a".utf8))
        #expect(await store.loadConversation(key: "k", now: Self.now.addingTimeInterval(61)) == nil)
        #expect(await store.purgeExpiredConversations(now: Self.now.addingTimeInterval(61)) == 1)
    }
}
