import ArgumentParser
import CobradorCore
import Foundation

/// Generates the data set, runs every phase in a child process and prints the table.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run all benchmarks and print the table.")

    @Flag(help: "20,000 invoices over 1,000 clients: seconds, for CI.")
    var quick = false

    @Option(help: "Folder for the CSV and the database (default: a new temporary folder).")
    var workDir: String?

    @Flag(help: "Keep the generated files.")
    var keep = false

    @Option(help: "Fail (exit 1) when cobrador's who-owes is slower than this multiple of sqlite3's.")
    var maxRatio: Double?

    func run() throws {
        let scale: BenchScale = quick ? .quick : .full
        let dir = URL(fileURLWithPath: workDir ?? NSTemporaryDirectory() + "cobrador-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !keep && workDir == nil { try? FileManager.default.removeItem(at: dir) } }
        let csv = dir.appendingPathComponent("invoices.csv")
        let db = dir.appendingPathComponent("bench.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db.path + suffix) }

        print("cobrador-bench: \(scale.invoices.grouped) invoices, \(scale.clients.grouped) clients, seed \(scale.seed), in \(dir.path)")
        var table = ResultTable()
        let (bytes, genSeconds) = try Stopwatch.time {
            try DataSetGenerator(scale: scale, today: BenchPhase.today).write(to: csv)
        }
        table.add(["generate CSV", ResultTable.seconds(genSeconds), "-", "\(bytes / 1_000_000) MB, deterministic"])

        var whoOwes: PhaseResult?
        var importResult: PhaseResult?
        for phase in BenchPhase.allCases {
            var args = ["phase", phase.rawValue, "--db", db.path, "--csv", csv.path]
            if quick { args.append("--quick") }
            let result = try ChildProcess.run(args)
            switch phase {
            case .clientStatus: table.add(result, time: ResultTable.seconds(result.seconds) + " each")
            case .parse: table.add(result, time: ResultTable.seconds(result.seconds) + " /msg")
            default: table.add(result)
            }
            if phase == .whoOwes { whoOwes = result }
            if phase == .importCSV { importResult = result }
            print("  \(phase.rawValue): \(ResultTable.seconds(result.seconds))", terminator: "\n")
        }

        for phase in ForecastBenchPhase.allCases {
            let result = try ChildProcess.run(["forecast-phase", phase.rawValue, "--db", db.path] + (quick ? ["--quick"] : []))
            table.add(result, time: ResultTable.seconds(result.seconds) + (phase == .paymentRecord ? " each" : ""))
            print("  \(phase.rawValue): \(ResultTable.seconds(result.seconds))")
        }

        var ratio: Double?
        if SQLiteShell.isAvailable(), let whoOwes {
            let sql = SQLiteShell.whoOwesSQL(today: BenchPhase.today.isoString)
            let (seconds, rows) = try SQLiteShell.time(sql: sql, database: db.path, repetitions: BenchPhase.repetitions)
            ratio = whoOwes.seconds / seconds
            table.add([
                "who_owes in sqlite3 CLI", ResultTable.seconds(seconds), "-",
                "\(rows.grouped) rows; cobrador/sqlite3 = \(String(format: "%.2f", ratio!))× (goal ≤ 1.5×)",
            ])
        } else {
            table.add(["who_owes in sqlite3 CLI", "-", "-", "sqlite3 not installed (apt-get install -y sqlite3)"])
        }
        if SQLiteShell.isAvailable(), let importResult {
            let scratch = dir.appendingPathComponent("sqlite3-import.sqlite").path
            let seconds = try SQLiteShell.timeImport(csv: csv.path, scratch: scratch, repetitions: 1)
            let ratio = importResult.seconds / seconds
            table.add([
                "import in sqlite3 CLI (.import)", ResultTable.seconds(seconds), "-",
                "plain table, no indexes; cobrador/sqlite3 = \(String(format: "%.2f", ratio))× (goal ≤ 5×, aim 3×)",
            ])
        }
        print("")
        print(table.markdown())
        if let maxRatio, let ratio, ratio > maxRatio {
            print("who_owes is \(String(format: "%.2f", ratio))× sqlite3, above \(maxRatio)×")
            throw ExitCode(1)
        }
    }
}
