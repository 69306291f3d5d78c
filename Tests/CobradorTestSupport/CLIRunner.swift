import Foundation

/// Runs the real `cobrador` binary, feeding standard input through a pipe.
public struct CLIRunner: Sendable {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public var database: URL
    /// What `--db` gets instead of `database`'s path: a `postgres://` URL for the runs on PostgreSQL.
    public var location: String?
    public var today: String
    /// The child's HOME; its XDG folders live inside it.
    public var home: URL

    public init(database: URL, today: String = "2026-11-30") {
        self.database = database
        self.today = today
        home = TestPaths.temporaryDirectory()
    }

    /// A runner on a new temporary database, with the test fixture imported.
    public static func withFixture(_ name: String = "invoices.csv", location: String? = nil) throws -> CLIRunner {
        var runner = CLIRunner(database: TestPaths.temporaryDirectory().appendingPathComponent("test.sqlite"))
        runner.location = location
        let out = try runner.run(["import", TestPaths.fixture(name).path])
        guard out.status == 0 else { throw CLIRunnerError(output: out) }
        return runner
    }

    public func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Output {
        try Self.execute(
            ["--db", location ?? database.path, "--today", today] + arguments, input: input,
            environment: Self.isolatedEnvironment(home: home).merging(environment) { $1 })
    }

    /// The test process's environment without any `COBRADOR_*` or `XDG_*` setting of the developer's, with
    /// HOME and every XDG folder inside `home`: the child never reads or writes the real `~/.cache` or config.
    public static func isolatedEnvironment(home: URL = TestPaths.temporaryDirectory()) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("COBRADOR_") && !$0.key.hasPrefix("XDG_") }
        env["HOME"] = home.path
        for (name, folder) in [
            ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
            ("XDG_STATE_HOME", ".local/state"),
        ] {
            env[name] = home.appendingPathComponent(folder).path
        }
        env["LANG"] = "C"
        return env
    }

    /// The same isolation as a shell prefix, for a command that another program (tmux) starts with its own
    /// environment: every `COBRADOR_*` is unset, then HOME and the XDG folders are set inside `home`.
    public static func isolatingShellPrefix(home: URL) -> String {
        let isolated = isolatedEnvironment(home: home)
        let names = ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"]
        let assignments = names.map { "\($0)='\(isolated[$0] ?? "")'" }.joined(separator: " ")
        return #"for v in $(env | sed -n 's/^\(COBRADOR_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done; "#
            + "export \(assignments); "
    }

    /// A child still running after this long is killed, so that a hung binary fails its test
    /// instead of stalling the whole run.
    static let timeoutSeconds: Double = 180

    public static func execute(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        // An explicit environment comes from `run` or a test that chose it; otherwise a fresh, isolated one.
        var env = environment["HOME"] == nil ? isolatedEnvironment() : [:]
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        // A file, not a pipe, for stderr: reading two pipes one after the other can deadlock.
        let errURL = TestPaths.temporaryDirectory().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stderr = try FileHandle(forWritingTo: errURL)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // The watchdog bounds the read below too: a killed child closes its end of the pipe.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: watchdog)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        let ended = process.waitUntilExit(within: .seconds(30))
        watchdog.cancel()
        try stderr.close()
        guard ended else { throw CLIRunnerError(output: Output(status: -1, stdout: "", stderr: "no exit noticed: \(arguments)")) }
        let errData = FileManager.default.contents(atPath: errURL.path) ?? Data()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

public struct CLIRunnerError: Error, CustomStringConvertible {
    public var output: CLIRunner.Output
    public var description: String { "status \(output.status)\n\(output.stdout)\n\(output.stderr)" }
}
