import CobradorBot
import Foundation

/// Waits for a task's value, but no longer than a timeout. The task itself is not cancelled:
/// the engine finishes its work (and may reply later through a `response_url`).
enum Deadline {
    static func value(of task: Task<BotReply, Never>, within timeout: Duration) async -> BotReply? {
        await withCheckedContinuation { (continuation: CheckedContinuation<BotReply?, Never>) in
            let once = ResumeOnce(continuation)
            let timer = Task {
                // A cancelled timer must not answer "too late": only a sleep that ran its course does.
                do {
                    try await Task.sleep(for: timeout)
                } catch {
                    return
                }
                once.resume(with: nil)
            }
            Task {
                let value = await task.value
                once.resume(with: value)  // first, so the cancelled timer cannot win the race
                timer.cancel()
            }
        }
    }

    /// Resumes a continuation the first time only.
    private final class ResumeOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<BotReply?, Never>?

        init(_ continuation: CheckedContinuation<BotReply?, Never>) {
            self.continuation = continuation
        }

        func resume(with value: BotReply?) {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume(returning: value)
        }
    }
}
