import Foundation
import GRDB

/// Counts the committed transactions of this connection that touched the ledger (every table but the
/// conversations), so that the change token moves for this process's own ledger writes, whatever code
/// path made them, and not for a conversation being saved.
final class LedgerChangeCounter: TransactionObserver, @unchecked Sendable {
    // `pending` is only touched on the writer's queue, inside GRDB's callbacks; `committed` under the lock.
    private var pending = false
    private var committed = 0
    private let lock = NSLock()

    var count: Int { lock.withLock { committed } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { eventKind.tableName != "conversation" }

    func databaseDidChange(with event: DatabaseEvent) {
        pending = true
        stopObservingDatabaseChangesUntilNextTransaction()
    }

    func databaseDidCommit(_ db: Database) {
        guard pending else { return }
        pending = false
        lock.withLock { committed += 1 }
    }

    func databaseDidRollback(_ db: Database) { pending = false }
}
