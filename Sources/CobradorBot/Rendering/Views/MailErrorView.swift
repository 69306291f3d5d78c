import CobradorCore

/// Why an email was not prepared or sent, from `MailError.replyContext`.
public struct MailErrorView: ReplyView, Hashable {
    public static let templateKeys: Set<String> = [
        "mail.error.no_recipient", "mail.error.missing_sender", "mail.error.invalid_address", "mail.error.header_injection.name",
        "mail.error.header_injection.address", "mail.error.header_injection.subject", "mail.error.invalid_command",
        "mail.error.command_not_found", "mail.error.command_failed", "mail.error.timed_out",
    ]

    public var client: String?
    public var field: String?
    public var address: String?
    public var command: String?
    public var program: String?
    public var status: String?
    public var message: String?
    public var seconds: String?

    public init(_ error: MailError) {
        let values = error.replyContext
        client = values["client"]
        field = values["field"]
        address = values["address"]
        command = values["command"]
        program = values["program"]
        status = values["status"]
        message = values["message"]
        seconds = values["seconds"]
    }
}
