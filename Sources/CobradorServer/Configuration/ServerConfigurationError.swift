/// Why the server configuration could not be read. Messages never include secret values.
public enum ServerConfigurationError: Error, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case malformedLine(path: String, line: Int)
    case invalidValue(key: String, value: String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "cannot read the configuration file \(path): \(reason)"
        case .malformedLine(let path, let line):
            "\(path):\(line): expected KEY=value"
        case .invalidValue(let key, let value):
            "\(key): invalid value \"\(value)\""
        }
    }
}
