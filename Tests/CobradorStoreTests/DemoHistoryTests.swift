import CobradorCore
import CobradorStore
import Foundation
import Testing

/// The demo book's year of history: profiles of each kind, a forecast, DSO and one client getting worse,
/// without changing what is owed today.
@Suite struct DemoHistoryTests {
    let today = CalendarDay(year: 2026, month: 11, day: 30)!

    func demo() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.seedDemo(today: today)
        return db
    }

    @Test func theOpenBalancesAreTheTenLinesOnly() throws {
        let db = try demo()
        var totals = CurrencyTotals()
        for item in try db.openItems() { totals.add(item.outstanding) }
        // 1,450 + 1,200 + 2,750.50 + 1,500 (2,000 less 500) + 800 € · 3,500 + 5,000 US$ · 42,000 + 15,000 MXN.
        #expect(
            totals.amounts == [
                Money(decimalString: "7700.50", currency: .eur)!, Money(decimalString: "57000.00", currency: .mxn)!,
                Money(decimalString: "8500.00", currency: .usd)!,
            ])
        #expect(try db.openItems().count == 9)
    }

    @Test func eachProfileIsThere() throws {
        let db = try demo()
        var profiles: [String: PaymentProfile] = [:]
        for client in try db.clients() {
            let file = try #require(try db.clientFile(id: client.id))
            profiles[client.name] = PaymentRecord(file: file, asOf: today).profile
        }
        #expect(profiles["Acme Iberia S.L."] == .onTime)
        #expect(profiles["Taller Ribera S.L."] == .onTime)
        #expect(profiles["Northwind Traders Inc."] == .littleLate)
        #expect(profiles["Verde Agrícola S.A. de C.V."] == .chronicallyLate)
        #expect(profiles["Initek Sistemas"] == .noHistory)
        let umbra = try #require(try db.clients().first { $0.name == "Umbra Logística S.A." })
        let record = PaymentRecord(file: try #require(try db.clientFile(id: umbra.id)), asOf: today)
        #expect(record.trend.direction == .worse)
        let wayne = try #require(try db.clients().first { $0.name == "Wayne Studio LLC" })
        let w = PaymentRecord(file: try #require(try db.clientFile(id: wayne.id)), asOf: today)
        #expect(w.promisesBroken == 3)
        let hielo = try #require(try db.clients().first { $0.name == "Hielo Norte S.A. de C.V." })
        #expect(PaymentRecord(file: try #require(try db.clientFile(id: hielo.id)), asOf: today).promisesKept == 2)
    }

    @Test func theAdviceSaysWhatTheHistoryChanged() throws {
        let db = try demo()
        let advisor = EscalationAdvisor()
        let acme = try #require(try db.clients().first { $0.name == "Acme Iberia S.L." })
        let a = advisor.advise(try #require(try db.clientFile(id: acme.id)), today: today)
        #expect(a.action == .firstReminder)
        #expect(a.soft)
        #expect(a.has(reasonKey: "reason.behaviour_on_time"))
        let wayne = try #require(try db.clients().first { $0.name == "Wayne Studio LLC" })
        let w = advisor.advise(try #require(try db.clientFile(id: wayne.id)), today: today)
        #expect(w.requiresDatedPromise)
        #expect(w.has(reasonKey: "reason.behaviour_promises_broken"))
    }

    @Test func theForecastDSOAndSlowerClientsHaveSomethingToSay() throws {
        let book = try demo().receivablesBook()
        #expect(book.invoices.count > 80)
        let forecast = CashForecaster().forecast(book, today: today)
        #expect(forecast.currencies.map(\.currency.code) == ["EUR", "MXN", "USD"])
        for f in forecast.currencies { #expect(f.totalExpected.isPositive, "\(f.currency)") }
        #expect(forecast.currency(.eur)?.excluded.map(\.invoiceNumber) == ["D-2026-024"])
        #expect(forecast.method.byPromise == 1)
        let dso = DaysSalesOutstanding.compute(book, today: today)
        #expect(dso.allSatisfy { $0.days != nil })
        let slower = PaymentSlowdown.find(book, today: today)
        #expect(slower.map(\.clientName) == ["Umbra Logística S.A."])
    }
}
