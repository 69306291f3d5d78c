import ArgumentParser
import CobradorContent
import CobradorCore
import CobradorNLU
import CobradorStore
import Foundation

/// One measured operation, run in its own child process so its peak memory is its own.
enum BenchPhase: String, CaseIterable, ExpressibleByArgument, Sendable {
    case importCSV = "import"
    case whoOwes = "who_owes"
    case listOverdue = "list_overdue"
    case agenda
    case clientStatus = "client_status"
    case parse

    static let today = CalendarDay(year: 2026, month: 11, day: 30)!
    static let repetitions = 3
    /// The phases measured on PostgreSQL too, through the same store port as on SQLite.
    static let onBothEngines: [BenchPhase] = [.importCSV, .whoOwes, .agenda]

    /// Runs the phase on the store at `database` (a SQLite path or a `postgres://` URL).
    func run(database: String, csv: String, scale: BenchScale) async throws -> PhaseResult {
        let today = Self.today
        switch self {
        case .importCSV:
            // One pass, as `cobrador import` does it: the file streamed, checked and written in one transaction.
            let store = try await BenchStore.open(database)
            guard let source = FileByteSource(path: csv) else { throw ValidationError("cannot read \(csv)") }
            let (summary, seconds) = try await Stopwatch.timeAwaiting { () async throws -> ImportSummary in
                let reader = try ExportReader(source: source)
                return try await store.importInvoices(
                    from: reader, on: today, by: Actor(user: "bench", channel: "bench"), dryRun: false,
                    progress: nil)
            }
            guard summary.succeeded else { throw ValidationError("import refused: \(summary.problems.prefix(3))") }
            return PhaseResult(
                phase: rawValue, seconds: seconds, peakMB: PeakMemory.megabytes(),
                detail: "\(summary.created.count.grouped) invoices, \(Int(Double(summary.created.count) / seconds).grouped) rows/s "
                    + "(streamed: read, checked and written in one transaction)")

        case .whoOwes:
            let store = try await BenchStore.open(database)
            let (debtors, seconds) = try await Stopwatch.bestAwaiting(of: Self.repetitions) {
                Debtor.summarize(try await store.openItems(), asOf: today)
            }
            return PhaseResult(
                phase: rawValue, seconds: seconds, peakMB: PeakMemory.megabytes(),
                detail: "\(debtors.count.grouped) client×currency rows")

        case .listOverdue:
            let store = try await BenchStore.open(database)
            // The same filter and order as the bot's list_overdue answer.
            let (items, seconds) = try await Stopwatch.bestAwaiting(of: Self.repetitions) {
                try await store.openItems()
                    .filter { $0.daysOverdue(asOf: today) > 0 }
                    .sorted { ($0.daysOverdue(asOf: today), $0.outstanding.minorUnits) > ($1.daysOverdue(asOf: today), $1.outstanding.minorUnits) }
            }
            return PhaseResult(
                phase: rawValue, seconds: seconds, peakMB: PeakMemory.megabytes(),
                detail: "\(items.count.grouped) overdue invoices")

        case .agenda:
            let store = try await BenchStore.open(database)
            let planner = AgendaPlanner(advisor: EscalationAdvisor())
            let (files, readSeconds) = try await Stopwatch.timeAwaiting { try await store.clientFilesWithOpenInvoices() }
            let (agenda, planSeconds) = Stopwatch.time { planner.plan(files, today: today) }
            let clients = agenda.actions.count + agenda.promisesDueSoon.count + agenda.waiting.count + agenda.paused.count
            return PhaseResult(
                phase: rawValue, seconds: readSeconds + planSeconds, peakMB: PeakMemory.megabytes(),
                detail: "\(clients.grouped) clients advised, \(agenda.actions.count.grouped) actions today "
                    + "(read files \(String(format: "%.2f", readSeconds)) s, advise \(String(format: "%.2f", planSeconds)) s)")

        case .clientStatus:
            let store = try await BenchStore.open(database)
            let advisor = EscalationAdvisor()
            var rng = SplitMix64(seed: scale.seed)
            let ids = (0..<scale.statusLookups).map { _ in Int64(1 + rng.next() % UInt64(scale.clients)) }
            let (invoices, seconds) = try await Stopwatch.timeAwaiting { () async throws -> Int in
                var seen = 0
                for id in ids {
                    guard let file = try await store.clientFile(id: id) else { continue }
                    _ = advisor.advise(file, today: today)
                    seen += file.invoices.count
                }
                return seen
            }
            let each = seconds / Double(max(ids.count, 1))
            return PhaseResult(
                phase: rawValue, seconds: each, peakMB: PeakMemory.megabytes(),
                detail: "mean of \(ids.count) clients (\(invoices / max(ids.count, 1)) invoices each)")

        case .parse:
            let catalog = try IntentCatalogLoader.compile(IntentCatalogLoader.embeddedFiles)
            let names = DataSetGenerator.clientNames(scale.clients)
            let (gazetteer, buildSeconds) = Stopwatch.time {
                ClientGazetteer(names.enumerated().map { GazetteerEntry(id: Int64($0.offset + 1), name: $0.element) })
            }
            let parser = NLUParser(catalog: catalog, clients: gazetteer)
            let messages = ParseMessages.make(names: names, count: 500, seed: scale.seed)
            var clientsFound = 0
            let (_, seconds) = Stopwatch.time {
                for k in 0..<scale.parseMessages {
                    let result = parser.parse(messages[k % messages.count], today: today)
                    clientsFound += result.entities.count { $0.kind == .client }
                }
            }
            let rate = Double(scale.parseMessages) / seconds
            return PhaseResult(
                phase: rawValue, seconds: seconds / Double(scale.parseMessages), peakMB: PeakMemory.megabytes(),
                detail: "\(Int(rate).grouped) msg/s on one core, \(scale.clients.grouped) names "
                    + "(index built in \(String(format: "%.2f", buildSeconds)) s; \(clientsFound.grouped) client mentions)")
        }
    }
}

extension Int {
    /// "1,000,000": readable in the table.
    var grouped: String {
        let digits = String(abs(self))
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
