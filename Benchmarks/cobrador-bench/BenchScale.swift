/// The size of one benchmark run: the full data set of the issue, or a small one for CI.
struct BenchScale: Sendable, Codable {
    var invoices: Int
    var clients: Int
    var parseMessages: Int
    var statusLookups: Int
    var seed: UInt64

    static let full = BenchScale(invoices: 1_000_000, clients: 50_000, parseMessages: 20_000, statusLookups: 200, seed: 2026)
    static let quick = BenchScale(invoices: 20_000, clients: 1_000, parseMessages: 20_000, statusLookups: 50, seed: 2026)
}
