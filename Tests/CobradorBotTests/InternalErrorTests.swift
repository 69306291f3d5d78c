import CobradorBot
import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import Testing

/// A database or internal error never reaches the chat: the user gets a polite message with a short
/// reference, and the log has the reference and the error.
@Suite struct InternalErrorTests {
    struct DiskError: Error, CustomStringConvertible {
        var description: String { "SQLite error 10: disk I/O error at /secret/path/cobrador.sqlite" }
    }

    /// The real store, except for the calls told to fail.
    struct FailingStore: LedgerStore, ConversationStore {
        let db: AppDatabase
        var failReads = false
        var failConversations = false

        func check(_ fail: Bool) throws { if fail { throw DiskError() } }
        func clients() throws -> [Client] { try db.clients() }
        func clientFile(id: Int64) throws -> ClientFile? {
            try check(failReads)
            return try db.clientFile(id: id)
        }
        func clientFilesWithOpenInvoices() throws -> [ClientFile] {
            try check(failReads)
            return try db.clientFilesWithOpenInvoices()
        }
        func openItems() throws -> [OpenItem] {
            try check(failReads)
            return try db.openItems()
        }
        func invoice(number: String) throws -> Invoice? { try db.invoice(number: number) }
        func invoiceNumbers() throws -> [String: Int64] { try db.invoiceNumbers() }
        func recentInvoiceNumbers(limit: Int) throws -> [String] { try db.recentInvoiceNumbers(limit: limit) }
        func changeToken() throws -> String? { try db.changeToken() }
        func apply(_ change: LedgerChange, by actor: Actor) throws -> ChangeReceipt { try db.apply(change, by: actor) }
        func apply(all changes: [LedgerChange], by actor: Actor) throws -> [ChangeReceipt] { try db.apply(all: changes, by: actor) }
        func undo(_ receipts: [ChangeReceipt], by actor: Actor) throws { try db.undo(receipts, by: actor) }
        func lastUndoable(by actor: Actor) throws -> (receipts: [ChangeReceipt], detail: String)? { try db.lastUndoable(by: actor) }
        func importInvoices(
            from source: any InvoiceRowSource, on day: CalendarDay, by actor: Actor, dryRun: Bool,
            progress: (@Sendable (Int) -> Void)?
        ) throws -> ImportSummary {
            try db.importInvoices(from: source, on: day, by: actor, dryRun: dryRun, progress: progress)
        }
        func auditTrail(limit: Int) throws -> [AuditEntry] { try db.auditTrail(limit: limit) }
        func loadConversation(key: String, now: Date) throws -> Data? {
            try check(failConversations)
            return try db.loadConversation(key: key, now: now)
        }
        func saveConversation(_ data: Data, key: String, expiresAt: Date) throws {
            try check(failConversations)
            try db.saveConversation(data, key: key, expiresAt: expiresAt)
        }
        func deleteConversation(key: String) throws { try db.deleteConversation(key: key) }
        func purgeExpiredConversations(now: Date) throws -> Int { try db.purgeExpiredConversations(now: now) }
    }

    static func reference(in text: String) -> String? {
        guard let range = text.range(of: #"[0-9A-F]{6}(?=\.)"#, options: .regularExpression) else { return nil }
        return String(text[range])
    }

    @Test func aFailingReadIsAnsweredWithAReferenceAndLoggedWithTheError() async throws {
        let (_, db) = try TestBot.make()
        let log = CapturedLog()
        let bot = try TestBot.bot(on: FailingStore(db: db, failReads: true), logger: log.logger)
        let reply = await bot.respond(to: IncomingMessage(text: "¿quién me debe?", conversation: ConversationKey(channel: "t", user: "u")))
        #expect(reply.text.hasPrefix("Lo siento, algo ha fallado al responder y no he cambiado nada."))
        #expect(!reply.text.contains("SQLite") && !reply.text.contains("/secret"))
        let reference = try #require(Self.reference(in: reply.text), "\(reply.text)")
        #expect(log.lines.contains { $0.contains(reference) && $0.contains("disk I/O error") }, "\(log.lines)")
        #expect(!reply.changedData)
        // The server counts it as a store error from this field, not from the text.
        #expect(reply.incident == reference)
    }

    @Test func aFailingConversationStoreNeverShowsItsError() async throws {
        let (_, db) = try TestBot.make()
        let log = CapturedLog()
        let bot = try TestBot.bot(on: FailingStore(db: db, failConversations: true), logger: log.logger)
        let reply = await bot.respond(
            to: IncomingMessage(
                text: "who owes me?", conversation: ConversationKey(channel: "t", user: "u"), language: .en))
        #expect(reply.text.hasPrefix("Sorry, something went wrong"))
        let reference = try #require(Self.reference(in: reply.text), "\(reply.text)")
        #expect(log.lines.contains { $0.contains(reference) && $0.contains("disk I/O error") })
    }

    @Test func theDigestToo() async throws {
        let (_, db) = try TestBot.make()
        let log = CapturedLog()
        let bot = try TestBot.bot(on: FailingStore(db: db, failReads: true), logger: log.logger)
        let digest = await bot.digest(language: .es)
        #expect(!digest.contains("SQLite"))
        #expect(digest.contains("Lo siento"))
        // The agenda, who owes and the expected receipts each failed and each logged its reference.
        #expect(log.lines.filter { $0.contains("disk I/O error") }.count == 3)
    }
}
