import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, results in order. For start-up work made of many
    /// independent pieces (reading intent files, preparing example phrasings).
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        // Each index is written by exactly one iteration, so the shared buffer has no data race.
        nonisolated(unsafe) let slots = buffer
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = transform(items[i]) }
        return buffer.map { $0! }
    }
}
