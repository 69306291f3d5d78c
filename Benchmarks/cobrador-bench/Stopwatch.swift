/// Times a closure with the monotonic clock.
enum Stopwatch {
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try body()
        let elapsed = clock.now - start
        let (s, atto) = elapsed.components
        return (value, Double(s) + Double(atto) / 1e18)
    }

    /// Runs `body` `times` times and keeps the fastest: the figure least disturbed by other work on the machine.
    static func best<T>(of times: Int, _ body: () throws -> T) rethrows -> (T, Double) {
        var result = try time(body)
        for _ in 1..<max(times, 1) {
            let next = try time(body)
            if next.1 < result.1 { result = next }
        }
        return result
    }

    /// `time` for a body that awaits (a store behind a server).
    static func timeAwaiting<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try await body()
        let elapsed = clock.now - start
        let (s, atto) = elapsed.components
        return (value, Double(s) + Double(atto) / 1e18)
    }

    /// `best` for a body that awaits.
    static func bestAwaiting<T>(of times: Int, _ body: () async throws -> T) async rethrows -> (T, Double) {
        var result = try await timeAwaiting(body)
        for _ in 1..<max(times, 1) {
            let next = try await timeAwaiting(body)
            if next.1 < result.1 { result = next }
        }
        return result
    }
}
