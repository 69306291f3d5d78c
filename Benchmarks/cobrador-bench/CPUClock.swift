import Foundation

/// The process's CPU time, next to the wall clock: on a machine shared by many builds the wall time of
/// a single-threaded step can be several times its CPU time, and only the latter is the code's cost.
enum CPUClock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Best of `times` by CPU time: (value, wall seconds, CPU seconds) of that run.
    static func best<T>(of times: Int, _ body: () throws -> T) rethrows -> (T, wall: Double, cpu: Double) {
        var result: (T, wall: Double, cpu: Double)?
        for _ in 0..<max(times, 1) {
            let start = now()
            let (value, wall) = try Stopwatch.time(body)
            let cpu = now() - start
            if result == nil || cpu < result!.cpu { result = (value, wall, cpu) }
        }
        return result!
    }
}
