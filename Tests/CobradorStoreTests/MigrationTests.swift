import CobradorCore
import CobradorTestSupport
import Foundation
import GRDB
import Testing

@testable import CobradorStore

@Suite struct MigrationTests {
    @Test func aFileFromAnOlderVersionIsUpgradedEvenByAReader() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in try db.execute(sql: "INSERT INTO client (name) VALUES ('Vieja S.L.')") }
        }
        let reader = try #require(try AppDatabase.openForReading(path: path))
        #expect(try reader.clients().map(\.name) == ["Vieja S.L."])
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try AppDatabase.migrator.hasCompletedMigrations(db) })
    }

    @Test func aMissingFileIsNoDataForAReader() throws {
        let path = TestPaths.temporaryDirectory().appendingPathComponent("none.sqlite").path
        #expect(try AppDatabase.openForReading(path: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
