import ArgumentParser
import CobradorCore
import CobradorStore
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import invoices from a CSV file (idempotent by invoice number; all rows or none).")

    @ParentCommand var root: CobradorCommand

    @Argument(help: "The CSV file (English or Spanish headers).")
    var file: String

    @Flag(name: .long, help: "Show what would change without changing anything.")
    var dryRun = false

    func run() async throws {
        let context = try withCLIErrors(root) { try AppContext(root) }
        let lang = context.messageLanguage
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.err(lang == .es ? "No se puede leer el fichero \(file)." : "Cannot read the file \(file).")
            throw ExitCode(1)
        }
        // Spreadsheet exports are sometimes Latin-1; a file that is neither is refused below as bad rows.
        let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        let rows: [InvoiceImportRow]
        switch InvoiceCSVParser.parse(text) {
        case .success(let r): rows = r
        case .failure(let failure):
            Console.err(lang == .es
                ? "No se ha importado nada: \(failure.problems.count) problema(s) en \(file):"
                : "Nothing was imported: \(failure.problems.count) problem(s) in \(file):")
            for p in failure.problems { Console.err("  " + p.message(lang)) }
            throw ExitCode(1)
        }
        let showProgress = Console.stderrIsTerminal && rows.count >= 5000
        let meter = ProgressMeter(total: rows.count, unit: lang == .es ? "filas" : "rows")
        var report: (@Sendable (Int) -> Void)?
        if showProgress { report = { @Sendable done in meter.show(done) } }
        let actor = Actor(user: NSUserName(), channel: "import")
        let summary = try withCLIErrors(root) {
            try context.store.importInvoices(rows, on: context.dates.today, by: actor, dryRun: dryRun, progress: report)
        }
        if showProgress { Console.errNoNewline("\n") }
        if !summary.problems.isEmpty {
            Console.err(lang == .es
                ? "No se ha importado nada: \(summary.problems.count) problema(s) en \(file):"
                : "Nothing was imported: \(summary.problems.count) problem(s) in \(file):")
            for p in summary.problems { Console.err("  " + p.message(lang)) }
            throw ExitCode(1)
        }
        Console.out(Self.report(summary, lang))
    }

    static func report(_ s: ImportSummary, _ lang: Language) -> String {
        var lines: [String] = []
        switch (lang, s.dryRun) {
        case (.es, true): lines.append("Simulación (no se ha cambiado nada):")
        case (.en, true): lines.append("Dry run (nothing was changed):")
        default: break
        }
        func list(_ names: [String]) -> String {
            names.count <= 12 ? names.joined(separator: ", ") : names.prefix(12).joined(separator: ", ") + ", …"
        }
        let es = lang == .es
        if !s.created.isEmpty { lines.append((es ? "Facturas nuevas: " : "New invoices: ") + "\(s.created.count) (\(list(s.created)))") }
        if !s.updated.isEmpty { lines.append((es ? "Actualizadas: " : "Updated: ") + "\(s.updated.count) (\(list(s.updated)))") }
        if !s.unchanged.isEmpty { lines.append((es ? "Sin cambios: " : "Unchanged: ") + "\(s.unchanged.count)") }
        if !s.clientsCreated.isEmpty {
            lines.append((es ? "Clientes nuevos: " : "New clients: ") + "\(s.clientsCreated.count) (\(list(s.clientsCreated)))")
        }
        if s.created.isEmpty && s.updated.isEmpty && s.unchanged.isEmpty { lines.append(es ? "El fichero no tiene facturas." : "The file has no invoices.") }
        return lines.joined(separator: "\n")
    }
}

/// Runs `body`, turning any failure into one line in the user's language and exit status 1.
func withCLIErrors<T>(_ root: CobradorCommand, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CLIError {
        Console.err(error.message(root.lang ?? AppContext.systemLanguage(ProcessInfo.processInfo.environment)))
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        let lang = root.lang ?? AppContext.systemLanguage(ProcessInfo.processInfo.environment)
        Console.err((lang == .es ? "Error: " : "Error: ") + String(describing: error))
        throw ExitCode(1)
    }
}

/// "12000/100000 rows (45210/s)" on one self-rewriting terminal line.
struct ProgressMeter: Sendable {
    let total: Int
    let unit: String
    let started = Date()

    func show(_ done: Int) {
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        Console.errNoNewline("\r\(done)/\(total) \(unit) (\(Int(rate))/s)   ")
    }
}
