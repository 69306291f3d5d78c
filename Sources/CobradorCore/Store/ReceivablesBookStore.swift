import Foundation

/// The port for the questions about the whole book (forecast, DSO, who is paying slower): every
/// invoice, payment, promise and pause in one read. SQLite implements it; another engine may too.
public protocol ReceivablesBookStore: Sendable {
    func receivablesBook() async throws -> ReceivablesBook
}
