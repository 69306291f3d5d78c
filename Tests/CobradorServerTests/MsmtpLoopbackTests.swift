import CobradorCore
import CobradorOutbound
import CobradorTestSupport
import Foundation
import Testing

/// The real msmtp, configured in a temporary HOME, sending to a real SMTP server (aiosmtpd) on
/// 127.0.0.1: the message as it arrives, read back by Python's email package.
@Suite(
    "msmtp to a loopback SMTP server", .serialized, .ownThread,
    .enabled(
        if: SMTPSink.toolsInstalled || SMTPSink.mustRun,
        "msmtp or aiosmtpd is not installed: skipped (bash .ci/run installs them; with CI=true these tests run and fail)"))
struct MsmtpLoopbackTests {
    static let instant = Date(timeIntervalSince1970: 1_796_026_500)

    /// A temporary HOME with `~/.msmtprc` for the given port: plain SMTP, no TLS, no authentication (loopback only).
    static func msmtpHome(port: Int, timeoutSeconds: Int? = nil) throws -> (home: URL, config: URL) {
        let home = TestPaths.temporaryDirectory().appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let config = home.appendingPathComponent(".msmtprc")
        var text = """
            defaults
            auth off
            tls off
            syslog off

            account default
            host 127.0.0.1
            port \(port)
            from facturas@estudio.example

            """
        if let timeoutSeconds { text += "timeout \(timeoutSeconds)\n" }
        try text.write(to: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config.path)
        return (home, config)
    }

    static func transport(config: URL, home: URL, timeout: Duration = .seconds(20)) throws -> SendmailTransport {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        return try SendmailTransport(
            commandLine: "msmtp --file=\(config.path) -t", timeout: timeout, environment: environment,
            builder: MailMessageBuilder(now: { instant }, timeZone: TimeZone(identifier: "Europe/Madrid")!, token: { "5eed" }))
    }

    static let body = """
        Hola, Marta:

        Te escribo por la factura F-2026-088 de 1.200,50 €, que venció el 15 de octubre (hace 46 días).
        From now on = tarifa reducida; línea con espacio al final\u{20}
        .
        ¿Puedes confirmarme cuándo la pagaréis? 🙏

        Un saludo,
        Ana Núñez
        """

    @Test func theExactMessageArrives() async throws {
        try #require(SMTPSink.toolsInstalled, "CI=true but msmtp or aiosmtpd is missing: run bash .ci/run")
        let sink = try await SMTPSink.start()
        defer { sink.stop() }
        let (home, config) = try Self.msmtpHome(port: sink.port)
        let sender = try MailSender(
            name: "Estudio Ñandú", email: "facturas@estudio.example", replyTo: "cobros@estudio.example", bcc: "ana@estudio.example")
        let subject = "Segundo aviso: factura F-2026-088 pendiente de pago — 1.200,50 € (vencida hace 46 días)"
        let mail = try OutgoingMail.reminder(
            from: sender, client: "Acme Ibérica, S.L.", emails: ["pagos@acme.example", "contabilidad@acme.example"], subject: subject,
            body: Self.body)
        let transport = try Self.transport(config: config, home: home)
        let receipt = try await transport.send(mail)

        let received = try await sink.messages(count: 1)
        try #require(received.count == 1)
        let message = received[0]
        #expect(message.mail_from == "facturas@estudio.example")
        #expect(message.rcpt_tos == ["pagos@acme.example", "contabilidad@acme.example", "ana@estudio.example"])
        #expect(message.defects.isEmpty)
        // Headers as a mail program shows them.
        #expect(message.header("Date") == ["Mon, 30 Nov 2026 09:15:00 +0100"])
        #expect(message.header("From") == ["Estudio Ñandú <facturas@estudio.example>"])
        #expect(message.header("Reply-To") == ["Estudio Ñandú <cobros@estudio.example>"])
        #expect(message.header("To") == [#""Acme Ibérica, S.L." <pagos@acme.example>"#])
        #expect(message.header("Cc") == [#""Acme Ibérica, S.L." <contabilidad@acme.example>"#])
        #expect(message.header("Bcc").isEmpty)
        #expect(message.header("Subject") == [subject])
        #expect(message.header("Message-ID") == [receipt.messageID])
        #expect(receipt.messageID == "<20261130T081500Z.5eed@estudio.example>")
        #expect(message.header("MIME-Version") == ["1.0"])
        #expect(message.content_type == "text/plain")
        #expect(message.charset == "utf-8")
        // Python keeps the wire's CRLF in the decoded text.
        #expect(message.body == (Self.body + "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        // Byte for byte: what was built, less the Bcc line msmtp removes, in CRLF as on the wire.
        let built = MailMessageBuilder(now: { Self.instant }, timeZone: TimeZone(identifier: "Europe/Madrid")!, token: { "5eed" })
            .build(mail).text(lineEnding: "\r\n")
        #expect(message.raw == built.replacingOccurrences(of: "Bcc: ana@estudio.example\r\n", with: ""))
        for line in message.raw.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 78, "\(line)") }
    }

    @Test func aRefusedRecipientIsAnErrorWithMsmtpsOwnWords() async throws {
        try #require(SMTPSink.toolsInstalled, "CI=true but msmtp or aiosmtpd is missing: run bash .ci/run")
        let sink = try await SMTPSink.start()
        defer { sink.stop() }
        let (home, config) = try Self.msmtpHome(port: sink.port)
        let mail = try OutgoingMail.reminder(
            from: MailSender(name: "Ana", email: "facturas@estudio.example"), client: "Hooli", emails: ["rejected@hooli.example"],
            subject: "Factura", body: "Hola")
        do {
            _ = try await Self.transport(config: config, home: home).send(mail)
            Issue.record("sent, but the server refused the recipient")
        } catch let error as MailError {
            guard case .commandFailed(let program, let status, let line) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(program == "msmtp")
            #expect(status == 65)
            #expect(line == "msmtp: could not send mail (account default from \(config.path))")
        }
        #expect(try await sink.messages(count: 1, within: .milliseconds(300)).isEmpty)
    }

    @Test func noServerListening() async throws {
        try #require(SMTPSink.toolsInstalled, "CI=true but msmtp or aiosmtpd is missing: run bash .ci/run")
        let (home, config) = try Self.msmtpHome(port: try BinaryServeTests.freePort())
        let mail = try OutgoingMail.reminder(
            from: MailSender(name: "Ana", email: "facturas@estudio.example"), client: "Acme", emails: ["pagos@acme.example"],
            subject: "Factura", body: "Hola")
        await #expect {
            _ = try await Self.transport(config: config, home: home).send(mail)
        } throws: { error in
            guard case MailError.commandFailed("msmtp", let status, let line?) = error else { return false }
            return status != 0 && line.hasPrefix("msmtp: ")
        }
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        try #require(SMTPSink.toolsInstalled, "CI=true but msmtp or aiosmtpd is missing: run bash .ci/run")
        // Listening but never accepting: the connection completes in the backlog, the greeting never comes.
        let listener = try SilentListener()
        defer { listener.close() }
        let (home, config) = try Self.msmtpHome(port: listener.port)
        let mail = try OutgoingMail.reminder(
            from: MailSender(name: "Ana", email: "facturas@estudio.example"), client: "Acme", emails: ["pagos@acme.example"],
            subject: "Factura", body: "Hola")
        let started = ContinuousClock.now
        await #expect {
            _ = try await Self.transport(config: config, home: home, timeout: .seconds(1)).send(mail)
        } throws: { error in
            guard case MailError.timedOut("msmtp", 1, _) = error else { return false }
            return true
        }
        #expect(ContinuousClock.now - started < .seconds(6))
    }
}

/// A TCP socket on 127.0.0.1 that listens and never accepts.
struct SilentListener {
    let fd: Int32
    let port: Int

    init() throws {
        // Glibc imports SOCK_STREAM as an enum case, Darwin as an Int32.
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 4) == 0 else {
            _ = Glibc.close(fd)
            throw SMTPSink.SinkError(description: "cannot listen on loopback")
        }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        self.fd = fd
        self.port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(fd) }
}
