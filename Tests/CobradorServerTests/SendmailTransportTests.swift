import CobradorCore
import CobradorTestSupport
import Foundation
import Testing

@testable import CobradorOutbound

/// The transport against real child processes: what reaches the command's stdin, and every way
/// the command can fail (status, time-out, not found), with its own last line on stderr.
@Suite("Sendmail transport", .ownThread)
struct SendmailTransportTests {
    static let instant = Date(timeIntervalSince1970: 1_796_026_500)
    static let builder = MailMessageBuilder(now: { instant }, timeZone: TimeZone(identifier: "UTC")!, token: { "abc123" })

    static func mail(body: String = "Hola,\nquedan 1.200,50 € por pagar.") throws -> OutgoingMail {
        try OutgoingMail.reminder(
            from: MailSender(name: "Ana", email: "ana@estudio.example"), client: "Acme", emails: ["pagos@acme.example"],
            subject: "Factura F-1", body: body)
    }

    static func transport(_ line: String, timeout: Duration = .seconds(10)) throws -> SendmailTransport {
        try SendmailTransport(commandLine: line, timeout: timeout, builder: builder)
    }

    @Test func theMessageGoesToStdinAsBuilt() async throws {
        let folder = TestPaths.temporaryDirectory()
        let out = folder.appendingPathComponent("message.eml").path
        let args = folder.appendingPathComponent("args").path
        let script = "printf '%s\\n' \"$@\" > \(args); cat > \(out)"
        let transport = try SendmailTransport(
            command: MailCommand(arguments: ["sh", "-c", script, "sh", "-t", "-i"]), builder: Self.builder)
        let mail = try Self.mail()
        let receipt = try await transport.send(mail)
        #expect(receipt.messageID == "<20261130T081500Z.abc123@estudio.example>")
        #expect(receipt.recipients == ["pagos@acme.example"])
        #expect(receipt.contactNote == "Message-ID: <20261130T081500Z.abc123@estudio.example>")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written == Self.builder.build(mail).text())
        #expect(try String(contentsOfFile: args, encoding: .utf8) == "-t\n-i\n")
    }

    @Test func aLargeMessageIsNotCutShort() async throws {
        let out = TestPaths.temporaryDirectory().appendingPathComponent("big.eml").path
        let body = (1...5000).map { "Línea \($0): factura pendiente — 1.200,50 €" }.joined(separator: "\n")
        let transport = try SendmailTransport(command: MailCommand(arguments: ["sh", "-c", "cat > \(out)"]), builder: Self.builder)
        let mail = try Self.mail(body: body)
        _ = try await transport.send(mail)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.utf8.count > 200_000)
        #expect(written == Self.builder.build(mail).text())
    }

    @Test func failingCommandCarriesItsLastErrorLine() async throws {
        let said = "msmtp: server message: 550 5.7.1 Relaying denied"
        let transport = try Self.transport(#"sh -c 'echo "msmtp: connecting" >&2; echo "\#(said)" >&2; exit 75'"#)
        await #expect(throws: MailError.commandFailed(program: "sh", status: 75, message: said)) {
            _ = try await transport.send(Self.mail())
        }
    }

    @Test func exitOneWithoutReadingTheMessage() async throws {
        // The command exits at once, without reading stdin: writing to it must be an error, not SIGPIPE.
        let body = String(repeating: "x", count: 300_000)
        let transport = try Self.transport(#"sh -c 'echo "sendmail: fatal: no recipients" >&2; exit 1'"#)
        await #expect(throws: MailError.commandFailed(program: "sh", status: 1, message: "sendmail: fatal: no recipients")) {
            _ = try await transport.send(Self.mail(body: body))
        }
    }

    @Test func timeOutStopsTheCommandAndItsChildren() async throws {
        let pidFile = TestPaths.temporaryDirectory().appendingPathComponent("pid").path
        let transport = try Self.transport(
            #"sh -c 'echo "msmtp: connecting to smtp.example" >&2; sleep 30 & echo $! > \#(pidFile); wait'"#, timeout: .milliseconds(500))
        let started = ContinuousClock.now
        await #expect(throws: MailError.timedOut(program: "sh", seconds: 1, message: "msmtp: connecting to smtp.example")) {
            _ = try await transport.send(Self.mail())
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        // The grandchild (sleep) was in the killed process group.
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        try await Task.sleep(for: .milliseconds(200))
        #expect(Self.isGoneOrZombie(pid))
    }

    /// Killed: no such process, or a zombie waiting for an init that does not reap (in a container).
    static func isGoneOrZombie(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    @Test func commandNotFound() async throws {
        let transport = try Self.transport("cobrador-no-such-sendmail -t")
        await #expect(throws: MailError.commandNotFound(program: "cobrador-no-such-sendmail")) { _ = try await transport.send(Self.mail()) }
        let absolute = try Self.transport("/nonexistent/sendmail -t")
        await #expect(throws: MailError.commandNotFound(program: "/nonexistent/sendmail")) { _ = try await absolute.send(Self.mail()) }
    }

    @Test func killedBySignal() async throws {
        let transport = try Self.transport("sh -c 'kill -TERM $$'")
        await #expect(throws: MailError.commandFailed(program: "sh", status: 128 + 15, message: nil)) { _ = try await transport.send(Self.mail()) }
    }

    @Test func commandLines() throws {
        #expect(try MailCommand(parsing: "sendmail -t -i").arguments == ["sendmail", "-t", "-i"])
        #expect(
            try MailCommand(parsing: #"msmtp --file="/home/ana/mi correo/.msmtprc" -t"#).arguments
                == ["msmtp", "--file=/home/ana/mi correo/.msmtprc", "-t"])
        #expect(try MailCommand(parsing: #"msmtp -a 'work account' -t\ x"#).arguments == ["msmtp", "-a", "work account", "-t x"])
        #expect(try MailCommand(parsing: #"sh -c "echo \"hi\"""#).arguments == ["sh", "-c", #"echo "hi""#])
        #expect(throws: MailError.invalidCommand(command: "msmtp 'open")) { try MailCommand(parsing: "msmtp 'open") }
        #expect(throws: MailError.invalidCommand(command: "  ")) { try MailCommand(parsing: "  ") }
        #expect(try SendmailTransport(commandLine: nil).command.arguments == ["sendmail", "-t", "-i"])
        #expect(try SendmailTransport(commandLine: "").command.arguments == ["sendmail", "-t", "-i"])
    }

    @Test func lastLineOfStandardError() {
        #expect(SendmailTransport.lastLine(Data("one\ntwo\n\n  \n".utf8)) == "two")
        #expect(SendmailTransport.lastLine(Data("bad\u{1B}[31m red\r\n".utf8)) == "bad[31m red")
        #expect(SendmailTransport.lastLine(Data()) == nil)
        #expect(SendmailTransport.lastLine(Data(String(repeating: "x", count: 500).utf8))?.count == 301)
    }
}
