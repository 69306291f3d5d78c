import ArgumentParser
import CobradorCore
import CobradorPostgres
import Foundation

/// Generates the data set, runs every phase in a child process and prints the table.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run all benchmarks and print the table.")

    @Flag(help: "20,000 invoices over 1,000 clients: seconds, for CI.")
    var quick = false

    @Option(help: "Folder for the CSV and the database (default: a new temporary folder).")
    var workDir: String?

    @Flag(help: "Keep the generated files (and the PostgreSQL database).")
    var keep = false

    @Option(help: "Fail (exit 1) when cobrador's who-owes is slower than this multiple of sqlite3's.")
    var maxRatio: Double?

    @Option(
        help: ArgumentHelp(
            "A PostgreSQL server (postgres://user@host:port/db) to run import, who-owes, agenda and the payments on, beside SQLite.",
            discussion: "The run makes a database of its own there (cobrador_bench_…) and drops it after. Default: $COBRADOR_BENCH_PG."))
    var postgres: String?

    func run() async throws {
        let scale: BenchScale = quick ? .quick : .full
        let dir = URL(fileURLWithPath: workDir ?? NSTemporaryDirectory() + "cobrador-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !keep && workDir == nil { try? FileManager.default.removeItem(at: dir) } }
        let csv = dir.appendingPathComponent("invoices.csv")
        let db = dir.appendingPathComponent("bench.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db.path + suffix) }
        let server = postgres ?? ProcessInfo.processInfo.environment["COBRADOR_BENCH_PG"].flatMap { $0.isEmpty ? nil : $0 }

        print("cobrador-bench: \(scale.invoices.grouped) invoices, \(scale.clients.grouped) clients, seed \(scale.seed), in \(dir.path)")
        var table = ResultTable()
        let (bytes, genSeconds) = try Stopwatch.time {
            try DataSetGenerator(scale: scale, today: BenchPhase.today).write(to: csv)
        }
        table.add(["generate CSV", ResultTable.seconds(genSeconds), "-", "\(bytes / 1_000_000) MB, deterministic"])

        var onSQLite: [BenchPhase: PhaseResult] = [:]
        for phase in BenchPhase.allCases {
            let result = try runPhase(phase, on: db.path, csv: csv)
            switch phase {
            case .clientStatus: table.add(result, time: ResultTable.seconds(result.seconds) + " each")
            case .parse: table.add(result, time: ResultTable.seconds(result.seconds) + " /msg")
            default: table.add(result)
            }
            onSQLite[phase] = result
        }

        for phase in ForecastBenchPhase.allCases {
            let result = try ChildProcess.run(["forecast-phase", phase.rawValue, "--db", db.path] + (quick ? ["--quick"] : []))
            table.add(result, time: ResultTable.seconds(result.seconds) + (phase == .paymentRecord ? " each" : ""))
            print("  \(phase.rawValue): \(ResultTable.seconds(result.seconds))")
        }

        let ratio = try compareWithSQLiteShell(onSQLite, database: db.path, csv: csv, dir: dir, table: &table)

        var pgDatabase: String?
        if let server {
            let url = try await PostgresScratchDatabase.create(on: server, prefix: Self.pgPrefix)
            pgDatabase = url
            print("  PostgreSQL: \(PostgresStore.redacted(url))")
            for phase in BenchPhase.onBothEngines {
                var result = try runPhase(phase, on: url, csv: csv)
                let sqlite = onSQLite[phase]!.seconds
                result.phase += " (PostgreSQL)"
                result.detail += "; PostgreSQL/SQLite = \(String(format: "%.2f", result.seconds / sqlite))×"
                table.add(result)
            }
        } else {
            table.add(["PostgreSQL phases", "-", "-", "no server given (--postgres URL, or scripts/bench.sh starts one)"])
        }

        // Last: the payments change the books the phases above read.
        if let binary = ServeInstances.binary {
            let payments = ConcurrentPayments(count: scale.payments, inFlight: 32, seed: scale.seed ^ 0x9A1D)
            for location in [db.path] + (pgDatabase.map { [$0] } ?? []) {
                let result = try await payments.run(location: location, binary: binary)
                table.add(result)
                print("  \(result.phase): \(ResultTable.seconds(result.seconds))")
            }
        } else {
            table.add(["payments, 2 × serve", "-", "-", "the cobrador binary is not beside cobrador-bench (build both products)"])
        }
        if let pgDatabase, !keep { await PostgresScratchDatabase.drop(pgDatabase, prefix: Self.pgPrefix) }

        print("")
        print(table.markdown())
        if let maxRatio, let ratio, ratio > maxRatio {
            print("who_owes is \(String(format: "%.2f", ratio))× sqlite3, above \(maxRatio)×")
            throw ExitCode(1)
        }
    }

    static let pgPrefix = "cobrador_bench_"

    private func runPhase(_ phase: BenchPhase, on location: String, csv: URL) throws -> PhaseResult {
        let result = try ChildProcess.run(["phase", phase.rawValue, "--db", location, "--csv", csv.path] + (quick ? ["--quick"] : []))
        print("  \(phase.rawValue) (\(BenchStore.engine(location))): \(ResultTable.seconds(result.seconds))")
        return result
    }

    /// The sqlite3 CLI's own who-owes query and `.import` of the same CSV, for the ratios; who-owes's ratio.
    private func compareWithSQLiteShell(
        _ onSQLite: [BenchPhase: PhaseResult], database: String, csv: URL, dir: URL, table: inout ResultTable
    ) throws -> Double? {
        guard SQLiteShell.isAvailable() else {
            table.add(["who_owes in sqlite3 CLI", "-", "-", "sqlite3 not installed (apt-get install -y sqlite3)"])
            return nil
        }
        var ratio: Double?
        if let whoOwes = onSQLite[.whoOwes] {
            let sql = SQLiteShell.whoOwesSQL(today: BenchPhase.today.isoString)
            let (seconds, rows) = try SQLiteShell.time(sql: sql, database: database, repetitions: BenchPhase.repetitions)
            ratio = whoOwes.seconds / seconds
            table.add([
                "who_owes in sqlite3 CLI", ResultTable.seconds(seconds), "-",
                "\(rows.grouped) rows; cobrador/sqlite3 = \(String(format: "%.2f", ratio!))× (goal ≤ 1.5×)",
            ])
        }
        if let importResult = onSQLite[.importCSV] {
            let scratch = dir.appendingPathComponent("sqlite3-import.sqlite").path
            let seconds = try SQLiteShell.timeImport(csv: csv.path, scratch: scratch, repetitions: 1)
            table.add([
                "import in sqlite3 CLI (.import)", ResultTable.seconds(seconds), "-",
                "plain table, no indexes; cobrador/sqlite3 = \(String(format: "%.2f", importResult.seconds / seconds))× (goal ≤ 5×, aim 3×)",
            ])
        }
        return ratio
    }
}
