/// Why the server configuration cannot work. Messages never include secret values.
public enum ServerConfigurationError: Error, Equatable, CustomStringConvertible {
    /// `key` is the environment variable's name, also when the value came from the settings file's `chat:` section.
    case invalidValue(key: String, value: String)

    public var description: String {
        switch self {
        case .invalidValue(let key, let value):
            "\(key): invalid value \"\(value)\""
        }
    }
}
