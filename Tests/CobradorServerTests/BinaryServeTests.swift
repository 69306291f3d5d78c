import CobradorCore
import CobradorStore
import CobradorTestSupport
import Foundation
import HTTPTypes
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `cobrador serve` binary, with the real engine and a real SQLite file, on 127.0.0.1.
@Suite(.serialized, .ownThread) struct BinaryServeTests {
    static func freePort() throws -> Int {
        // Glibc imports SOCK_STREAM as an enum case, Darwin as an Int32.
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    struct Running {
        let process: Process
        let base: URL
        let db: URL
    }

    static func start() async throws -> Running {
        let db = try CLIRunner.withFixture().database
        let (process, base) = try await launch(
            db: db,
            secrets: [
                "COBRADOR_WEBHOOK_TOKEN": "tok-123", "COBRADOR_MATTERMOST_TOKEN": "mm-456", "COBRADOR_WRITERS": "ana",
            ])
        return Running(process: process, base: base, db: db)
    }

    /// `cobrador serve` on a free loopback port over `db`, once `/healthz` answers (bounded wait).
    static func launch(db: URL, secrets: [String: String]) async throws -> (Process, URL) {
        try await launch(location: db.path, secrets: secrets)
    }

    /// `serve` on `location`: a SQLite file's path or a `postgres://` URL; `config`: a settings file.
    static func launch(location: String, secrets: [String: String], config: URL? = nil) async throws -> (Process, URL) {
        let port = try freePort()
        let process = Process()
        process.executableURL = TestPaths.binary
        let settings = config.map { ["--config", $0.path] } ?? []
        process.arguments = ["--db", location, "--today", "2026-11-30"] + settings + ["serve", "--port", String(port)]
        var env = CLIRunner.isolatedEnvironment()
        for (k, v) in secrets { env[k] = v }
        env["LOG_LEVEL"] = "error"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let base = URL(string: "http://127.0.0.1:\(port)")!
        for _ in 0..<100 {
            if (try? await get(base.appendingPathComponent("healthz")))?.status == 200 { return (process, base) }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw ServeTestError.message("server did not start")
    }

    struct HTTPResult: Sendable {
        var status: Int
        var body: Data

        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:] }
    }

    /// Enough connections that a hundred requests sent together are in flight together.
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 128
        configuration.timeoutIntervalForRequest = 20
        return URLSession(configuration: configuration)
    }()

    /// One request, awaited without holding a thread.
    static func send(_ request: URLRequest) async throws -> HTTPResult {
        try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: error)
                } else {
                    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    continuation.resume(returning: HTTPResult(status: status, body: data ?? Data()))
                }
            }.resume()
        }
    }

    static func get(_ url: URL) async throws -> HTTPResult { try await send(URLRequest(url: url)) }

    static func webhook(_ base: URL, _ text: String, user: String, token: String = "tok-123") async throws -> HTTPResult {
        var request = URLRequest(url: base.appendingPathComponent("webhook"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["text": text, "user": user])
        return try await send(request)
    }

    @Test func webhookConversationWithAllowListAuditAndGracefulStop() async throws {
        let server = try await Self.start()
        defer { if server.process.isRunning { server.process.terminate() } }

        let owes = try await Self.webhook(server.base, "¿quién me debe?", user: "luis")
        #expect(owes.status == 200)
        #expect(owes.json["intent"] as? String == "who_owes")
        #expect((owes.json["text"] as? String)?.contains("Te deben 8 clientes") == true)

        let refused = try await Self.webhook(server.base, "Acme pagó 450 € de la T-2026-188", user: "luis")
        #expect((refused.json["text"] as? String)?.contains("solo puedo consultar") == true)

        let applied = try await Self.webhook(server.base, "Acme pagó 450 € de la T-2026-188", user: "ana")
        #expect((applied.json["text"] as? String)?.contains("queda saldada") == true)

        // Context is per user: Ana's follow-up question reuses her last client.
        let followUp = try await Self.webhook(server.base, "¿y Globex?", user: "ana")
        #expect(followUp.status == 200)

        #expect(try await Self.webhook(server.base, "¿quién me debe?", user: "ana", token: "wrong").status == 401)

        var mattermost = URLRequest(url: server.base.appendingPathComponent("mattermost"))
        mattermost.httpMethod = "POST"
        mattermost.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        mattermost.httpBody = Data("token=mm-456&user_name=luis&channel_name=cobros&text=who+owes+me%3F".utf8)
        let mm = try await Self.send(mattermost)
        #expect(mm.status == 200)
        #expect((mm.json["text"] as? String)?.contains("8 clients owe you money") == true)

        var slack = URLRequest(url: server.base.appendingPathComponent("slack/commands"))
        slack.httpMethod = "POST"
        #expect(try await Self.send(slack).status == 404)

        server.process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.process.isRunning)
        #expect(server.process.terminationStatus == 0)

        let db = try AppDatabase.open(path: server.db.path)
        let last = try #require(try db.auditTrail(limit: 5).first { $0.action == "record_payment" })
        #expect(last.user == "ana")
        #expect(last.channel.hasPrefix("webhook"))
        #expect(try db.integrityCheck() == "ok")
    }

    @Test func digestIsPostedEscapedToAnIncomingWebhook() async throws {
        let runner = try CLIRunner.withFixture()
        let evil = TestPaths.temporaryDirectory().appendingPathComponent("evil.csv")
        try "number,client,issued,due,amount,currency\nE-1,<!channel> @here Evil & Co,2026-10-01,2026-10-31,10.00,EUR\n"
            .write(to: evil, atomically: true, encoding: .utf8)
        #expect(try runner.run(["import", evil.path]).status == 0)
        try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            let out = try runner.run(["--lang", "en", "digest", "--post", url.absoluteString, "--format", "slack"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("Digest posted"))
            let received = await receiver.received
            #expect(received.count == 1)
            let body = try #require(received.first.flatMap { try? JSONSerialization.jsonObject(with: $0.body) as? [String: Any] })
            let text = try #require(body["text"] as? String)
            #expect(text.contains("collection actions"))
            #expect(text.contains("9 clients owe you money"))
            #expect(text.contains("&lt;!channel&gt; @\u{200B}here Evil &amp; Co"))
            #expect(!text.contains("<!channel>"))
        }
        let printed = try runner.run(["--lang", "es", "digest"])
        #expect(printed.stdout.contains("Resumen de cobros"))
        let bad = try runner.run(["--lang", "es", "digest", "--post", "not a url"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("URL"))
    }
}

enum ServeTestError: Error {
    case message(String)
}
