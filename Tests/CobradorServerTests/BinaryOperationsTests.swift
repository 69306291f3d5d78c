import CobradorTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `cobrador serve --log-format json --metrics-port N`: what an operator's collector reads.
@Suite(.serialized, .ownThread) struct BinaryOperationsTests {
    typealias S = BinaryServeTests

    @Test func jsonLogsCarryTheRequestIDAndNeitherSecretsNorMessageTexts() async throws {
        let db = try CLIRunner.withFixture().database
        let port = try S.freePort()
        let metricsPort = try S.freePort()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = [
            "--db", db.path, "--today", "2026-11-30", "serve", "--port", String(port), "--metrics-port", String(metricsPort),
            "--log-format", "json",
        ]
        var env = CLIRunner.isolatedEnvironment()
        env["COBRADOR_WEBHOOK_TOKEN"] = "tok-secret-789"
        env["COBRADOR_WRITERS"] = "ana"
        env["LOG_LEVEL"] = "info"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let base = URL(string: "http://127.0.0.1:\(port)")!
        var up = false
        for _ in 0..<100 where !up {
            up = (try? await S.get(base.appendingPathComponent("readyz")))?.status == 200
            if !up { try await Task.sleep(for: .milliseconds(100)) }
        }
        try #require(up, "server did not start")

        let owes = try await S.webhook(base, "¿quién me debe? PALABRA-PRIVADA", user: "ana", token: "tok-secret-789")
        #expect(owes.status == 200)
        #expect(try await S.webhook(base, "hola", user: "ana", token: "wrong-token").status == 401)

        // The chat port does not show the metrics; their own port does, counting what just happened.
        #expect(try await S.get(base.appendingPathComponent("metrics")).status == 404)
        let metrics = try await S.get(URL(string: "http://127.0.0.1:\(metricsPort)/metrics")!)
        let text = String(decoding: metrics.body, as: UTF8.self)
        #expect(text.contains(#"cobrador_http_requests_total{endpoint="/webhook",status="200"} 1"#), "\(text)")
        #expect(text.contains(#"cobrador_http_requests_total{endpoint="/webhook",status="401"} 1"#))

        process.terminate()
        process.waitUntilExit()
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!lines.isEmpty && objects.count == lines.count, "every line is a JSON object: \(lines)")
        let requests = objects.filter { $0["message"] as? String == "request" && $0["route"] as? String == "/webhook" }
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { ($0["request_id"] as? String)?.isEmpty == false && $0["timestamp"] != nil })
        #expect(Set(requests.compactMap { $0["status"] as? String }) == ["200", "401"])
        let all = lines.joined(separator: "\n")
        #expect(!all.contains("tok-secret-789") && !all.contains("wrong-token"))
        #expect(!all.contains("PALABRA-PRIVADA"))
    }
}
