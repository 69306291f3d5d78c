import CobradorCore
import Foundation

/// Sends mail the Unix way: the RFC 5322 message on the standard input of a sendmail-compatible
/// command (`mail.command`; `sendmail -t -i` by default, `msmtp -t` for an SMTP provider), which
/// reads the recipients from the headers. Success is exit status 0 within the time-out; anything
/// else throws with the command's own last line on standard error.
public struct SendmailTransport: MailTransport {
    public let command: MailCommand
    public let timeout: Duration
    private let environment: [String: String]?
    private let builder: MailMessageBuilder

    /// - Parameters:
    ///   - command: the command and its arguments.
    ///   - timeout: how long the command may take before it is stopped (30 s by default).
    ///   - environment: the command's environment (nil: this process's), and its PATH for the lookup.
    ///   - builder: writes the message (its clock and Message-ID are injectable for tests).
    public init(
        command: MailCommand, timeout: Duration = .seconds(30), environment: [String: String]? = nil,
        builder: MailMessageBuilder = MailMessageBuilder()
    ) {
        self.command = command
        self.timeout = timeout
        self.environment = environment
        self.builder = builder
    }

    /// From the configuration's `mail.command` line (nil: the default).
    public init(
        commandLine: String?, timeout: Duration = .seconds(30), environment: [String: String]? = nil,
        builder: MailMessageBuilder = MailMessageBuilder()
    ) throws(MailError) {
        let line = commandLine.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? MailCommand.defaultLine
        self.init(command: try MailCommand(parsing: line), timeout: timeout, environment: environment, builder: builder)
    }

    public func send(_ mail: OutgoingMail) async throws(MailError) -> MailReceipt {
        let message = builder.build(mail)
        try await deliver(message)
        return message.receipt
    }

    /// Hands an already built message to the command.
    public func deliver(_ message: MailMessage) async throws(MailError) {
        let path = (environment ?? ProcessInfo.processInfo.environment)["PATH"]
        guard let executable = command.resolvedProgram(path: path) else { throw .commandNotFound(program: command.program) }
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await ChildProcess.run(
                executable: executable, arguments: command.arguments, environment: environment,
                input: Data(message.text(lineEnding: "\n").utf8), timeout: timeout)
        } catch {
            throw .commandNotFound(program: command.program)
        }
        let line = Self.lastLine(outcome.standardError)
        if outcome.timedOut {
            let seconds = Int((Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18).rounded(.up))
            throw .timedOut(program: command.program, seconds: max(seconds, 1), message: line)
        }
        guard outcome.status == 0 else { throw .commandFailed(program: command.program, status: outcome.status, message: line) }
    }

    /// The last line with text on it, without control characters, at most 300 characters.
    static func lastLine(_ data: Data) -> String? {
        let text = String(decoding: data, as: UTF8.self)
        guard
            let line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map({ String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init)) })
                .map({ $0.trimmingCharacters(in: .whitespaces) })
                .last(where: { !$0.isEmpty })
        else { return nil }
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }
}
