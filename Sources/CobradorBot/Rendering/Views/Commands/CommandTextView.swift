import CobradorCore

/// A fixed sentence of the command line or the server, with nothing to fill in: the chat's greeting,
/// the demo's first line, an import's labels, the "working on it" notice.
public struct CommandTextView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = Set(
        [
            "chat.greeting", "demo.intro", "demo.question", "digest.bad_post_url", "import.dry_run", "import.no_invoices",
            "import.progress_unit", "import.formats.header", "import.formats.footer", "import.error.no_file", "cli.error.unexpected",
            "schedule.none", "schedule.days.weekdays", "schedule.days.every_day",
            "server.working.later", "server.working.ask_again", "server.working.later_short", "server.working.ask_again_short",
        ] + (1...7).map { "schedule.weekday.\($0)" } + ImportField.allCases.map(\.labelKey))

    public init() {}
}
