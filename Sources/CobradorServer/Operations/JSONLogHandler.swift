import Foundation
import Logging
import Synchronization

/// `--log-format json`: one JSON object per line on standard error, as log collectors read them
/// (`timestamp`, `level`, `label`, `message`, then the metadata, among it `request_id`). What goes in is
/// what the code logs: the server logs no secret, and message texts only at debug level.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let output: JSONLogOutput

    public init(label: String, output: JSONLogOutput = .standardError) {
        self.label = label
        self.output = output
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { _, new in new } }
        if let explicit = event.metadata { all.merge(explicit) { _, new in new } }
        var object: [String: Any] = [:]
        for (key, value) in all { object[key] = Self.json(value) }
        object["timestamp"] = Self.timestamp(Date())
        object["level"] = event.level.rawValue
        object["label"] = label
        object["message"] = event.message.description
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        data.append(0x0A)
        output.write(data)
    }

    static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(json)
        case .dictionary(let values): values.mapValues(json)
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// Where the JSON lines go: standard error by default, one whole line per write so that lines of
/// concurrent requests never interleave.
public final class JSONLogOutput: Sendable {
    private let write: @Sendable (Data) -> Void
    private let lock = Mutex(())

    public init(write: @escaping @Sendable (Data) -> Void) {
        self.write = write
    }

    public static let standardError = JSONLogOutput { FileHandle.standardError.write($0) }

    func write(_ line: Data) {
        lock.withLock { _ in write(line) }
    }
}
