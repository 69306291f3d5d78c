import CobradorCore

/// Why a command stopped before doing anything: a bad option, an unreadable file, a configuration or
/// content file with a mistake (`reason` is its file, line and what is wrong), a database that does not open.
public struct CommandErrorView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "import.error.unreadable_file", "import.error.unknown_format", "import.error.bad_map", "import.error.bad_currency",
        "import.error.bad_configured_currency", "import.error.bad_terms", "import.error.bad_dates",
        "cli.error.invalid_configuration", "cli.error.invalid_templates", "cli.error.invalid_intents",
        "cli.error.database_unreadable", "cli.error.database_unopenable", "cli.error.demo_file_exists",
    ]

    /// A file or database the user named (a database URL without its password).
    public var path: String?
    /// The option's value as the user wrote it.
    public var value: String?
    /// The values that would have been accepted, joined.
    public var names: String?
    public var reason: String?

    public init(path: String? = nil, value: String? = nil, names: String? = nil, reason: String? = nil) {
        self.path = path
        self.value = value
        self.names = names
        self.reason = reason
    }
}
