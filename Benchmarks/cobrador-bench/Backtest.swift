import CobradorCore
import Foundation

/// Cuts the generated book's history 13 weeks before its end, forecasts those 13 weeks from what was
/// known at the cut, and compares week by week with what was actually paid on the invoices open then.
struct Backtest {
    struct CurrencyResult {
        var currency: Currency
        /// Mean absolute weekly error, in minor units.
        var expectedMAE: Double
        var dueDateMAE: Double
        var baselineMAE: Double
        var actualWeeklyMean: Double

        var improvement: Double { dueDateMAE > 0 ? 1 - expectedMAE / dueDateMAE : 0 }
    }

    var cut: CalendarDay
    var currencies: [CurrencyResult]
    var forecastSeconds: Double

    static func run(scale: BenchScale, end: CalendarDay, settings: ForecastSettings = .standard) -> Backtest {
        let truth = GeneratedInvoices.book(scale: scale, today: end)
        let days = settings.weeks * 7
        let cut = end.adding(days: -days)
        let known = truth.known(on: cut)
        let (forecast, seconds) = Stopwatch.time { CashForecaster(settings: settings).forecast(known, today: cut) }

        let openAtCut = Set(known.invoices.map(\.id))
        var actual: [Currency: [Int64]] = [:]
        for p in truth.payments where p.date > cut && p.date < cut.adding(days: days) && openAtCut.contains(p.invoiceID) {
            actual[p.amount.currency, default: [Int64](repeating: 0, count: settings.weeks)][cut.days(until: p.date) / 7] += p.amount.minorUnits
        }
        let results = forecast.currencies.map { f -> CurrencyResult in
            let real = actual[f.currency] ?? [Int64](repeating: 0, count: settings.weeks)
            func mae(_ predicted: (ForecastWeek) -> Int64) -> Double {
                zip(f.weeks, real).reduce(0.0) { $0 + Double(abs(predicted($1.0) - $1.1)) } / Double(settings.weeks)
            }
            return CurrencyResult(
                currency: f.currency, expectedMAE: mae { $0.expected.minorUnits }, dueDateMAE: mae { $0.byDueDate.minorUnits },
                baselineMAE: mae { _ in f.baselineWeekly.minorUnits },
                actualWeeklyMean: Double(real.reduce(0, +)) / Double(settings.weeks))
        }
        return Backtest(cut: cut, currencies: results, forecastSeconds: seconds)
    }

    /// "EUR: MAE expected 41,200 vs due date 180,300 (−77 %), baseline 95,000; …" in major units.
    var summary: String {
        "cut \(cut.isoString); "
            + currencies.map { r in
                let major = { (x: Double) in Int((x / 100).rounded()).grouped }
                return "\(r.currency.code) weekly MAE expected \(major(r.expectedMAE)) vs due-date \(major(r.dueDateMAE)) "
                    + "(\(Int((r.improvement * 100).rounded())) % better; trailing average \(major(r.baselineMAE)); "
                    + "actual \(major(r.actualWeeklyMean))/week)"
            }.joined(separator: "; ")
    }
}
