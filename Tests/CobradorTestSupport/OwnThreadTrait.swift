import Testing

/// Runs each test of a suite on a thread of its own, a few at a time. For tests that block (waiting
/// on a child process, polling a terminal): the cooperative pool has one thread per core, and two
/// such tests on it would stall every in-process server, timer and deadline of the other tests.
public struct OwnThreadTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await BlockingTestSlots.shared.withSlot {
            try await withTaskExecutorPreference(DedicatedExecutor(label: "test.\(test.name)")) {
                try await function()
            }
        }
    }
}

extension Trait where Self == OwnThreadTrait {
    /// Off the cooperative pool: see `OwnThreadTrait`.
    public static var ownThread: Self { OwnThreadTrait() }
}
