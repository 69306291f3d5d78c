import CobradorTestSupport
import Foundation

/// A real SMTP server on 127.0.0.1 for the mail tests: aiosmtpd (PyPI) with the handler in
/// `Tests/Scripts/smtp_sink.py`, which writes each message it receives to a folder as JSON.
/// It stops itself after two minutes even if the test dies.
final class SMTPSink: @unchecked Sendable {
    /// One message as received: the envelope, the raw text, and Python's email package's reading.
    struct Received: Decodable, Sendable {
        var mail_from: String
        var rcpt_tos: [String]
        var raw: String
        var headers: [[String]]
        var content_type: String
        var charset: String?
        var body: String?
        var defects: [String]

        func header(_ name: String) -> [String] { headers.filter { $0[0].lowercased() == name.lowercased() }.map { $0[1] } }
    }

    let port: Int
    let folder: URL
    private let process: Process

    private init(port: Int, folder: URL, process: Process) {
        self.port = port
        self.folder = folder
        self.process = process
    }

    /// Whether msmtp and aiosmtpd are installed (`.ci/run` installs both).
    static let toolsInstalled: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp") || which("msmtp") != nil else { return false }
        return (try? runQuietly(["python3", "-c", "import aiosmtpd"])) == 0
    }()

    /// With CI=true the tests run (and fail) even when the tools are missing.
    static let mustRun = ProcessInfo.processInfo.environment["CI"] == "true"

    static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func runQuietly(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        guard process.waitUntilExit(within: .seconds(30)) else {
            process.terminate()
            return -1
        }
        return process.terminationStatus
    }

    static func start() async throws -> SMTPSink {
        let folder = TestPaths.temporaryDirectory().appendingPathComponent("inbox")
        let port = try BinaryServeTests.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:\(port)", "-c", "smtp_sink.FolderSink", folder.path, "120",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = TestPaths.repoRoot.appendingPathComponent("Tests/Scripts").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let sink = SMTPSink(port: port, folder: folder, process: process)
        for _ in 0..<150 {
            if Self.accepts(port: port) { return sink }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        sink.stop()
        throw SinkError(description: "aiosmtpd did not start on 127.0.0.1:\(port)")
    }

    /// The messages received so far once there are `count` of them (bounded wait), oldest first.
    func messages(count: Int, within limit: Duration = .seconds(15)) async throws -> [Received] {
        let deadline = ContinuousClock.now + limit
        while true {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            if files.count >= count || ContinuousClock.now > deadline {
                return try files.map { try JSONDecoder().decode(Received.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            if !process.waitUntilExit(within: .seconds(5)) { kill(process.processIdentifier, SIGKILL) }
        }
    }

    deinit { stop() }

    static func accepts(port: Int) -> Bool {
        // Glibc imports SOCK_STREAM as an enum case, Darwin as an Int32.
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    struct SinkError: Error, CustomStringConvertible {
        var description: String
    }
}
