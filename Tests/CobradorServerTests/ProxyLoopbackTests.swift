import CobradorOutbound
import CobradorTestSupport
import Foundation
import HTTPTypes
import Testing

/// Webhook posts through a real proxy on 127.0.0.1 (`Tests/Scripts/connect_proxy.py`, which
/// tunnels CONNECT to loopback only and logs each request), chosen from proxy variables.
@Suite("Webhook posts through a loopback proxy", .serialized, .ownThread)
struct ProxyLoopbackTests {
    final class Proxy: @unchecked Sendable {
        let process: Process
        let port: Int
        let log: URL

        init() throws {
            log = TestPaths.temporaryDirectory().appendingPathComponent("proxy.log")
            process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", TestPaths.repoRoot.appendingPathComponent("Tests/Scripts/connect_proxy.py").path, log.path, "60"]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line is the port; the proxy exits by itself after 60 s at the latest.
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                process.terminate()
                throw SMTPSink.SinkError(description: "the test proxy did not start")
            }
            self.port = port
        }

        var requests: [String] {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        func stop() {
            process.terminate()
            _ = process.waitUntilExit(within: .seconds(5))
        }
    }

    static func poster(_ environment: [String: String]) -> WebhookPoster {
        WebhookPoster(
            http: AsyncHTTPClientPoster(proxies: ProxySettings(environment: environment)),
            policy: RetryPolicy(maxAttempts: 1, timeout: .seconds(5)), sleep: { _ in })
    }

    @Test func httpProxyTunnelsThePost() async throws {
        let proxy = try Proxy()
        defer { proxy.stop() }
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            try await Self.poster(["http_proxy": "http://127.0.0.1:\(proxy.port)"]).post("Resumen del día", to: url, format: .slack)
            #expect(proxy.requests == ["CONNECT 127.0.0.1:\(url.port!)"])
            return await receiver.received
        }
        #expect(received.map { String(decoding: $0.body, as: UTF8.self) } == [#"{"text":"Resumen del día"}"#])
    }

    @Test func noProxyGoesDirect() async throws {
        let proxy = try Proxy()
        defer { proxy.stop() }
        let received = try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, receiver in
            let environment = ["HTTP_PROXY": "127.0.0.1:\(proxy.port)", "NO_PROXY": "localhost,127.0.0.0/8"]
            try await Self.poster(environment).post("directo", to: url, format: .slack)
            return await receiver.received
        }
        #expect(received.count == 1)
        #expect(proxy.requests.isEmpty)
    }

    @Test func httpsURLsTakeHTTPSProxy() async throws {
        let proxy = try Proxy()
        defer { proxy.stop() }
        try await LoopbackReceiver.run(script: [.init(status: .ok)]) { url, _ in
            // The receiver speaks plain HTTP, so TLS through the tunnel fails: what counts is which proxy was asked.
            let https = URL(string: "https://127.0.0.1:\(url.port!)/hook")!
            let environment = ["HTTPS_PROXY": "http://127.0.0.1:\(proxy.port)", "HTTP_PROXY": "http://127.0.0.1:9"]
            await #expect(throws: WebhookPostError.self) { try await Self.poster(environment).post("x", to: https, format: .slack) }
            #expect(proxy.requests == ["CONNECT 127.0.0.1:\(url.port!)"])
        }
    }
}
