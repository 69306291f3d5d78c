import Foundation

/// Work started now on a thread of its own (not the concurrency pool, which it would block), whose
/// value is waited for later: a cold start does two independent things on two cores.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read only after waiting on it.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work; its error is thrown here.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
