import PostgresNIO

extension PostgresConnection {
    /// The first column of the first row, nil when there is no row.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type, _ logger: Logger) async throws -> T? {
        for row in try await self.query(query, logger: logger).collect() {
            return try row.decode(T.self)
        }
        return nil
    }

    /// The first column of every row.
    func values<T: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: T.Type, _ logger: Logger) async throws -> [T] {
        var out: [T] = []
        for try await value in try await self.query(query, logger: logger).decode(T.self) { out.append(value) }
        return out
    }
}
