/// Why an email could not be prepared or sent. Nothing is sent, and nothing is logged as sent,
/// when one of these is thrown. The Bot renders `replyKey` (Responses/*/mail.yml) with `replyContext`.
public enum MailError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A line break (or another control character) in a name, an address or the subject: it could
    /// add headers of its own, so the whole message is refused.
    case headerInjection(field: MailField)
    /// Not an address cobrador will send to (`field` is the header it was meant for).
    case invalidAddress(field: MailField, value: String)
    /// `business.email` is not configured: there is no `From`.
    case missingSender
    /// The client has no email on record.
    case noRecipient(client: String)
    /// `mail.command` is empty or its quotes do not close.
    case invalidCommand(command: String)
    /// The program of `mail.command` is not on the PATH (or not executable).
    case commandNotFound(program: String)
    /// The command ended with a non-zero status (or a signal); `message` is its last line on stderr.
    case commandFailed(program: String, status: Int32, message: String?)
    /// The command did not finish within the time-out and was stopped.
    case timedOut(program: String, seconds: Int, message: String?)

    /// The key of the sentence that explains this error, in `Responses/{es,en}/mail.yml`.
    public var replyKey: String {
        switch self {
        case .headerInjection(let field): "mail.error.header_injection.\(field.kind)"
        case .invalidAddress: "mail.error.invalid_address"
        case .missingSender: "mail.error.missing_sender"
        case .noRecipient: "mail.error.no_recipient"
        case .invalidCommand: "mail.error.invalid_command"
        case .commandNotFound: "mail.error.command_not_found"
        case .commandFailed: "mail.error.command_failed"
        case .timedOut: "mail.error.timed_out"
        }
    }

    /// The values the sentence names. A refused value is never echoed when it holds a line break.
    public var replyContext: [String: String] {
        switch self {
        case .headerInjection(let field): ["field": field.header]
        case .invalidAddress(let field, let value): ["field": field.header, "address": value]
        case .missingSender: [:]
        case .noRecipient(let client): ["client": client]
        case .invalidCommand(let command): ["command": command]
        case .commandNotFound(let program): ["program": program]
        case .commandFailed(let program, let status, let message):
            ["program": program, "status": String(status), "message": message ?? ""]
        case .timedOut(let program, let seconds, let message):
            ["program": program, "seconds": String(seconds), "message": message ?? ""]
        }
    }

    /// English, for logs.
    public var description: String {
        switch self {
        case .headerInjection(let field): "line break in the \(field.header) (\(field.kind)): refused"
        case .invalidAddress(let field, let value): "invalid \(field.header) address \"\(value)\""
        case .missingSender: "business.email is not configured"
        case .noRecipient(let client): "no email on record for \(client)"
        case .invalidCommand(let command): "mail.command \"\(command)\" cannot be read"
        case .commandNotFound(let program): "\(program): command not found"
        case .commandFailed(let program, let status, let message):
            "\(program) failed with status \(status)" + (message.map { ": \($0)" } ?? "")
        case .timedOut(let program, let seconds, let message):
            "\(program) did not finish within \(seconds) s" + (message.map { ": \($0)" } ?? "")
        }
    }
}

/// Which part of a message a `MailError` is about: a header, and within it the name, the address or
/// (for `Subject`) the text.
public struct MailField: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable { case name, address, subject }

    /// The header: `From`, `Reply-To`, `To`, `Cc`, `Bcc` or `Subject`.
    public var header: String
    public var kind: Kind

    public init(header: String, kind: Kind) {
        self.header = header
        self.kind = kind
    }

    public static let subject = MailField(header: "Subject", kind: .subject)
    public var description: String { "\(header) \(kind.rawValue)" }
}
