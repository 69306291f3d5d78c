import Dispatch

/// A task executor with a thread of its own. Tests that run an in-process server put it here: the
/// cooperative pool has one thread per core (two on the CI machine), and the many tests that wait on a
/// child process would otherwise hold every one of them while the server has a request to answer.
public final class DedicatedExecutor: TaskExecutor, @unchecked Sendable {
    private let queue: DispatchQueue

    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
