import AsyncHTTPClient
import CobradorCore
import Foundation
import NIOCore
import NIOHTTP1

/// Several real `cobrador serve` processes on one store, each on its own loopback port, as a load
/// balancer would see them; started from the `cobrador` binary built beside this one.
struct ServeInstances {
    static let token = "bench-token"

    let processes: [Process]
    let bases: [String]
    private let home: URL

    /// The `cobrador` executable next to `cobrador-bench` (both products of one `swift build`).
    static var binary: URL? {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("cobrador")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// Starts `count` instances on `location` and waits until each answers `/healthz`.
    static func start(_ count: Int, location: String, binary: URL, client: HTTPClient) async throws -> ServeInstances {
        let home = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("cobrador-bench-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var processes: [Process] = []
        var bases: [String] = []
        do {
            for _ in 0..<count {
                let port = try LoopbackPort.free()
                let process = Process()
                process.executableURL = binary
                process.arguments = ["--db", location, "--today", BenchPhase.today.isoString, "serve", "--port", String(port)]
                process.environment = environment(home: home)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                processes.append(process)
                bases.append("http://127.0.0.1:\(port)")
            }
            let instances = ServeInstances(processes: processes, bases: bases, home: home)
            for base in bases { try await instances.waitUntilHealthy(base, client: client) }
            return instances
        } catch {
            for process in processes { process.terminate() }
            try? FileManager.default.removeItem(at: home)
            throw error
        }
    }

    /// A home of its own (no user configuration read), a writer token for everybody, quiet logs.
    static func environment(home: URL) -> [String: String] {
        var env = ["HOME": home.path, "LOG_LEVEL": "error", "COBRADOR_WEBHOOK_TOKEN": token, "COBRADOR_WRITERS": "*"]
        for (name, folder) in [
            ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
        ] {
            env[name] = home.appendingPathComponent(folder).path
        }
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return env
    }

    private func waitUntilHealthy(_ base: String, client: HTTPClient) async throws {
        for _ in 0..<300 {
            if let response = try? await client.execute(HTTPClientRequest(url: base + "/healthz"), timeout: .seconds(2)),
                response.status == .ok
            {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchFailure("cobrador serve at \(base) did not answer /healthz within 30 s")
    }

    /// Stops the processes (SIGTERM, as a supervisor does) and waits for them.
    func stop() {
        for process in processes where process.isRunning { process.terminate() }
        for process in processes { process.waitUntilExit() }
        try? FileManager.default.removeItem(at: home)
    }
}
