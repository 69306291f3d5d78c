import Foundation

/// The reference figure: the `sqlite3` command-line tool running the who-owes aggregate in SQL on the
/// same file, with its output discarded. cobrador's own path should stay within 1.5× of it.
enum SQLiteShell {
    /// Per client and currency: outstanding, invoice count, oldest days overdue and the five ageing
    /// buckets, as `Debtor.summarize` computes them from `openItems()`.
    /// `MATERIALIZED` computes each invoice's balance once: without it SQLite inlines the subquery into
    /// every aggregate column and runs the payment look-up seven times per invoice (about 4× slower).
    static func whoOwesSQL(today: String) -> String {
        """
        WITH o AS MATERIALIZED (
            SELECT i.client_id, i.currency,
                   COALESCE(CAST(julianday('\(today)') - julianday(i.due) AS INTEGER), 0) AS days,
                   i.amount_minor - COALESCE((SELECT SUM(p.amount_minor) FROM payment p WHERE p.invoice_id = i.id), 0) AS open
            FROM invoice i)
        SELECT o.client_id, c.name, o.currency, SUM(o.open) AS outstanding, COUNT(*) AS invoices, MAX(o.days) AS oldest,
               SUM(CASE WHEN o.days <= 0 THEN o.open ELSE 0 END) AS current,
               SUM(CASE WHEN o.days BETWEEN 1 AND 30 THEN o.open ELSE 0 END) AS d1_30,
               SUM(CASE WHEN o.days BETWEEN 31 AND 60 THEN o.open ELSE 0 END) AS d31_60,
               SUM(CASE WHEN o.days BETWEEN 61 AND 90 THEN o.open ELSE 0 END) AS d61_90,
               SUM(CASE WHEN o.days > 90 THEN o.open ELSE 0 END) AS over90
        FROM o JOIN client c ON c.id = o.client_id
        WHERE o.open > 0
        GROUP BY o.client_id, o.currency
        ORDER BY oldest DESC, c.name, o.currency;
        """
    }

    static func isAvailable() -> Bool { executable() != nil }

    /// The reference for the import: the `sqlite3` shell's own `.import` of the same CSV into a plain table
    /// (no indexes, no checks) of a new database file, timed as a whole process, best of `repetitions`.
    static func timeImport(csv: String, scratch: String, repetitions: Int) throws -> Double {
        guard let exe = executable() else { return 0 }
        var best = Double.infinity
        for _ in 0..<max(repetitions, 1) {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: exe)
            process.arguments = ["-batch", scratch]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            let (_, seconds) = try Stopwatch.time { () throws -> Void in
                try process.run()
                input.fileHandleForWriting.write(Data(".import --csv \(csv) invoices\n".utf8))
                try input.fileHandleForWriting.close()
                process.waitUntilExit()
            }
            guard process.terminationStatus == 0 else {
                throw ChildProcessError(arguments: ["sqlite3", ".import"], status: process.terminationStatus)
            }
            best = min(best, seconds)
        }
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        return best
    }

    static func executable() -> String? {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Best wall time of `repetitions` runs of the whole `sqlite3` process (start-up included: it is small)
    /// and the number of rows it printed.
    static func time(sql: String, database: String, repetitions: Int) throws -> (seconds: Double, rows: Int) {
        guard let exe = executable() else { return (0, 0) }
        var best = Double.infinity
        var rows = 0
        for _ in 0..<max(repetitions, 1) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: exe)
            process.arguments = ["-batch", "-readonly", database]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            let (_, seconds) = try Stopwatch.time { () throws -> Void in
                try process.run()
                input.fileHandleForWriting.write(Data(sql.utf8))
                try input.fileHandleForWriting.close()
                let data = output.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                rows = data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            best = min(best, seconds)
        }
        return (best, rows)
    }
}
