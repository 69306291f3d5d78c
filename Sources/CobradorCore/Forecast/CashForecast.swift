import Foundation

/// Expected receipts for the coming weeks, per currency, by due date and by expected date, with the
/// trailing baseline and the invoices behind every figure.
public struct CashForecast: Hashable, Sendable, Codable {
    public var today: CalendarDay
    public var weekCount: Int
    /// In currency-code order.
    public var currencies: [CurrencyForecast]
    public var method: ForecastMethod

    public init(today: CalendarDay, weekCount: Int, currencies: [CurrencyForecast], method: ForecastMethod) {
        self.today = today
        self.weekCount = weekCount
        self.currencies = currencies
        self.method = method
    }

    public var isEmpty: Bool { currencies.isEmpty }

    public func currency(_ c: Currency) -> CurrencyForecast? { currencies.first { $0.currency == c } }
}
