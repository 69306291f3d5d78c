import Foundation
import Logging

/// A log that keeps its lines in memory, for tests that check what was logged.
public final class CapturedLog: @unchecked Sendable {
    // Appended to from any thread, under the lock.
    private let lock = NSLock()
    private var entries: [String] = []

    public init() {}

    public var lines: [String] { lock.withLock { entries } }

    public var logger: Logger {
        Logger(label: "test") { _ in Handler(sink: self) }
    }

    fileprivate func append(_ line: String) { lock.withLock { entries.append(line) } }

    private struct Handler: LogHandler {
        let sink: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            sink.append("\(event.level) \(event.message) \(fields)")
        }
    }
}
