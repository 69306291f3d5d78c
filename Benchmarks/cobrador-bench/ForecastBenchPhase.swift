import ArgumentParser
import CobradorCore
import CobradorStore
import Foundation

/// The forecast's phases, each in its own child process like the others: reading the book from the
/// store, forecasting on it, one client's payment record, and the backtest that proves the forecast.
enum ForecastBenchPhase: String, CaseIterable, ExpressibleByArgument, Sendable {
    case bookRead = "forecast_read"
    case forecast
    case paymentRecord = "payment_record"
    case backtest

    /// The expected-date forecast must beat the due-date one by at least this much (mean absolute error).
    static let requiredImprovement = 0.30

    func run(database: String, scale: BenchScale) throws -> PhaseResult {
        let today = BenchPhase.today
        switch self {
        case .bookRead:
            let store = try AppDatabase.open(path: database)
            let (book, wall, cpu) = try CPUClock.best(of: BenchPhase.repetitions) { try store.receivablesBook() }
            return PhaseResult(
                phase: rawValue, seconds: cpu, peakMB: PeakMemory.megabytes(),
                detail: "CPU time (wall \(ResultTable.seconds(wall))); \(book.invoices.count.grouped) invoices, "
                    + "\(book.payments.count.grouped) payments read from SQLite")

        case .forecast:
            // The generated book with its true payment dates (the CSV import dates payments on their due date).
            let book = GeneratedInvoices.book(scale: scale, today: today)
            let forecaster = CashForecaster()
            let (f, wall, cpu) = CPUClock.best(of: BenchPhase.repetitions) { forecaster.forecast(book, today: today) }
            let (dso, _, dsoSeconds) = CPUClock.best(of: BenchPhase.repetitions) { DaysSalesOutstanding.compute(book, today: today) }
            let (slower, _, slowerSeconds) = CPUClock.best(of: BenchPhase.repetitions) { PaymentSlowdown.find(book, today: today) }
            return PhaseResult(
                phase: rawValue, seconds: cpu, peakMB: PeakMemory.megabytes(),
                detail: "CPU time (wall \(ResultTable.seconds(wall))); 13 weeks × \(f.currencies.count) currencies from "
                    + "\(f.method.openInvoices.grouped) open invoices of \(book.invoices.count.grouped); "
                    + "DSO \(ResultTable.seconds(dsoSeconds)) (EUR \(dso.first { $0.currency == .eur }?.days ?? 0) days), "
                    + "slower clients \(ResultTable.seconds(slowerSeconds)) (\(slower.count) listed)")

        case .paymentRecord:
            let store = try AppDatabase.open(path: database)
            var rng = SplitMix64(seed: scale.seed ^ 0xF0CA)
            let ids = (0..<scale.statusLookups).map { _ in Int64(1 + rng.next() % UInt64(scale.clients)) }
            let start = CPUClock.now()
            let (payments, wall) = try Stopwatch.time { () throws -> Int in
                var seen = 0
                for id in ids {
                    guard let file = try store.clientFile(id: id) else { continue }
                    seen += PaymentRecord(file: file, asOf: today).payments.count
                }
                return seen
            }
            let cpu = CPUClock.now() - start
            return PhaseResult(
                phase: rawValue, seconds: cpu / Double(max(ids.count, 1)), peakMB: PeakMemory.megabytes(),
                detail: "CPU time (wall \(ResultTable.seconds(wall / Double(max(ids.count, 1))))); read + record, "
                    + "mean of \(ids.count) clients (\(payments / max(ids.count, 1)) payments each)")

        case .backtest:
            let result = Backtest.run(scale: scale, end: today)
            let failing = result.currencies.filter { $0.improvement < Self.requiredImprovement }
            let detail = result.summary
            guard failing.isEmpty else {
                throw ValidationError("expected-date forecast not ≥ 30 % better than due-date: \(detail)")
            }
            return PhaseResult(phase: rawValue, seconds: result.forecastSeconds, peakMB: PeakMemory.megabytes(), detail: detail)
        }
    }
}

/// Internal: runs one forecast phase and prints its result as JSON (started by `run`).
struct ForecastPhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast-phase", abstract: "Run one forecast phase (used by `run`).")

    @Argument var phase: ForecastBenchPhase
    @Option var db: String
    @Flag var quick = false

    func run() throws {
        let result = try phase.run(database: db, scale: quick ? .quick : .full)
        FileHandle.standardOutput.write(try JSONEncoder().encode(result) + Data("\n".utf8))
    }
}
