/// The size of one benchmark run: the full data set of the issue, or a small one for CI.
struct BenchScale: Sendable, Codable {
    var invoices: Int
    var clients: Int
    var parseMessages: Int
    var statusLookups: Int
    /// Payments sent through the two `serve` instances, per engine.
    var payments: Int
    var seed: UInt64

    static let full = BenchScale(
        invoices: 1_000_000, clients: 50_000, parseMessages: 20_000, statusLookups: 200, payments: 2_000, seed: 2026)
    static let quick = BenchScale(invoices: 20_000, clients: 1_000, parseMessages: 20_000, statusLookups: 50, payments: 60, seed: 2026)
}
