import Foundation

extension Process {
    /// Waits for the exit at most `limit`; false if the process is still running (or its exit went
    /// unnoticed). A test that waits on a child must end even when the child does not.
    public func waitUntilExit(within limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while isRunning {
            if ContinuousClock.now > deadline { return false }
            usleep(2_000)
        }
        return true
    }
}
