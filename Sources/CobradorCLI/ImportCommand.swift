import ArgumentParser
import CobradorBot
import CobradorContent
import CobradorCore
import CobradorStore
import Foundation
import Logging

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import invoices from cobrador's CSV or another tool's export (idempotent by invoice number; all rows or none).",
        discussion: """
            Recognises exports of Invoice Ninja, Zoho Invoice, FreshBooks, Wave, QuickBooks Online, Xero, Stripe, Holded, \
            Invoicely and Invoice2go by their header (`--formats` lists them with the columns each reads).
            """)

    @ParentCommand var root: CobradorCommand

    @Argument(help: "The file (cobrador's CSV with English or Spanish headers, or a supported tool's export).")
    var file: String?

    @Flag(name: .long, help: "Show what would change without changing anything.")
    var dryRun = false

    @Flag(name: .long, help: "List the formats cobrador reads and the columns each one uses.")
    var formats = false

    @Option(name: .long, help: "Read the file as this format instead of recognising it (see --formats).")
    var format: String?

    @Option(name: .long, parsing: .upToNextOption, help: "FIELD=COLUMN: which column holds a field, e.g. due=\"Fecha vencimiento\".")
    var map: [String] = []

    @Option(name: .long, help: "The currency of a file that does not say (ISO code: EUR, USD…).")
    var currency: String?

    @Option(name: .long, help: "Days to the due date for invoices with neither a due date nor terms (default 30).")
    var terms: String?

    @Option(name: .long, help: "dmy, mdy or ymd: how to read 03/04/2026 when the file's other dates do not tell.")
    var dates: String?

    func run() async throws {
        let words = Wording(root.lang ?? AppContext.systemLanguage(ProcessInfo.processInfo.environment))
        if formats {
            Console.out(Self.formatList(words))
            return
        }
        var maps = map
        var path = file
        // `--map a=b FILE`: the file was taken as one more mapping.
        if path == nil, let last = maps.last, ColumnOverride(parsing: last) == nil {
            path = maps.removeLast()
        }
        guard let path else { throw Self.fail(words("import.error.no_file")) }
        let options = try importOptions(maps, words)
        let context = try await withAsyncCLIErrors(root) { try await AppContext.open(root) }
        guard let source = FileByteSource(path: path) else {
            throw Self.fail(words("import.error.unreadable_file", CommandErrorView(path: path)))
        }
        let reader: ExportReader
        do {
            reader = try ExportReader(source: source, options: options)
        } catch {
            Self.printFailure(error, file: path, words)
            throw ExitCode(1)
        }
        let showProgress = Console.stderrIsTerminal && (source.totalBytes ?? 0) > 4 << 20
        let meter = ProgressMeter(unit: words("import.progress_unit"))
        var report: (@Sendable (Int) -> Void)?
        if showProgress { report = { @Sendable done in meter.show(done) } }
        let actor = Actor(user: NSUserName(), channel: "import")
        let summary = try await withAsyncCLIErrors(root) {
            try await context.store.importInvoices(from: reader, on: context.dates.today, by: actor, dryRun: dryRun, progress: report)
        }
        if showProgress { Console.errNoNewline("\n") }
        guard summary.succeeded else {
            Self.printFailure(summary.failure, file: path, words)
            throw ExitCode(1)
        }
        Console.out(Self.report(summary, reader.report, words))
    }

    /// `--format`, `--map`, `--currency` (else the configuration's), `--terms`, `--dates`, each checked.
    private func importOptions(_ maps: [String], _ words: Wording) throws -> ImportOptions {
        var options = ImportOptions()
        if let format {
            guard let known = ExportFormat.named(format) else {
                let names = ExportFormat.catalog.map(\.name).joined(separator: ", ")
                throw Self.fail(words("import.error.unknown_format", CommandErrorView(value: format, names: names)))
            }
            options.format = known
        }
        for text in maps {
            guard let o = ColumnOverride(parsing: text) else {
                let fields = ImportField.allCases.map(\.rawValue).joined(separator: ", ")
                throw Self.fail(words("import.error.bad_map", CommandErrorView(value: text, names: fields)))
            }
            options.mappings.append(o)
        }
        if let currency {
            guard let c = Currency(code: currency) else {
                throw Self.fail(words("import.error.bad_currency", CommandErrorView(value: currency)))
            }
            options.currency = c
        } else if let code = try withCLIErrors(root, { try AppContext.configurationOnly(root) }).business?.currency {
            guard let c = Currency(code: code) else {
                throw Self.fail(words("import.error.bad_configured_currency", CommandErrorView(value: code)))
            }
            options.currency = c
        }
        if let terms {
            guard let days = Int(terms.trimmingCharacters(in: .whitespaces)), (0...3650).contains(days) else {
                throw Self.fail(words("import.error.bad_terms", CommandErrorView(value: terms)))
            }
            options.termDays = days
            options.termDaysGiven = true
        }
        if let dates {
            guard let order = DateOrder(rawValue: dates.lowercased()) else {
                throw Self.fail(words("import.error.bad_dates", CommandErrorView(value: dates)))
            }
            options.dateOrder = order
        }
        return options
    }

    private static func fail(_ sentence: String) -> ExitCode {
        Console.err(sentence)
        return ExitCode(1)
    }

    static func printFailure(_ failure: ImportFailure, file: String, _ words: Wording) {
        Console.err(words("import.failed", ImportFailureView(count: failure.count, file: file)))
        for problem in words.lines(of: failure) {
            for line in problem.split(separator: "\n", omittingEmptySubsequences: false) { Console.err("  " + line) }
        }
    }
}

/// Runs `body`, turning any failure into one line in the user's language and exit status 1.
/// `withCLIErrors` for work that awaits (opening a store on a server).
func withAsyncCLIErrors<T>(_ root: CobradorCommand, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch {
        return try withCLIErrors(root) { throw error }
    }
}

func withCLIErrors<T>(_ root: CobradorCommand, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CLIError {
        Console.err(error.message(Wording(root.lang ?? AppContext.systemLanguage(ProcessInfo.processInfo.environment))))
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        let environment = ProcessInfo.processInfo.environment
        // The error's own description names SQL, types and paths inside cobrador: it goes to the log,
        // which LOG_LEVEL=debug shows; the user reads a sentence in their language.
        var logger = Logger(label: "cobrador.cli")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .critical
        logger.debug("Command failed", metadata: ["error": "\(String(reflecting: error))"])
        Console.err(Wording(root.lang ?? AppContext.systemLanguage(environment))("cli.error.unexpected"))
        throw ExitCode(1)
    }
}

/// "12000 invoices (45210/s)" on one self-rewriting terminal line.
struct ProgressMeter: Sendable {
    let unit: String
    let started = Date()

    func show(_ done: Int) {
        let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
        Console.errNoNewline("\r\(done) \(unit) (\(Int(rate))/s)   ")
    }
}
