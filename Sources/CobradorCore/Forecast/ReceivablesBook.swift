import Foundation

/// The whole book, lean: every invoice, payment (with its date), promise and pause, and the clients'
/// names. The input of the forecast, of DSO and of the slower-payers list; read in one go from the
/// store (`ReceivablesBookStore`), or assembled from client files.
public struct ReceivablesBook: Sendable {
    public var clientNames: [Int64: String]
    public var invoices: [Invoice]
    public var payments: [Payment]
    public var promises: [PaymentPromise]
    public var pauses: [FollowUpPause]

    public init(
        clientNames: [Int64: String], invoices: [Invoice], payments: [Payment], promises: [PaymentPromise] = [],
        pauses: [FollowUpPause] = []
    ) {
        self.clientNames = clientNames
        self.invoices = invoices
        self.payments = payments
        self.promises = promises
        self.pauses = pauses
    }

    public init(files: [ClientFile]) {
        self.init(
            clientNames: Dictionary(files.map { ($0.client.id, $0.client.name) }, uniquingKeysWith: { a, _ in a }),
            invoices: files.flatMap(\.invoices), payments: files.flatMap(\.payments),
            promises: files.flatMap(\.promises), pauses: files.flatMap(\.pauses))
    }

    /// The book as it was known at the end of `day`: invoices issued, payments received, promises made
    /// and pauses begun by then; a pause resolved later was still running. The backtest forecasts from this.
    public func known(on day: CalendarDay) -> ReceivablesBook {
        let invoices = invoices.filter { $0.issued <= day }
        return ReceivablesBook(
            clientNames: clientNames, invoices: invoices, payments: payments.filter { $0.date <= day },
            promises: promises.filter { $0.madeOn <= day },
            pauses: pauses.filter { $0.from <= day }.map { p in
                var p = p
                if let resolved = p.resolvedOn, resolved > day { p.resolvedOn = nil }
                return p
            })
    }

    public func name(of clientID: Int64) -> String { clientNames[clientID] ?? "#\(clientID)" }
}
