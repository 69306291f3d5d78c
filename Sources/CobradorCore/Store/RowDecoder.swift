/// Decodes the few distinct currency codes and days of a large read once each, for every store engine:
/// a book of a million invoices has three currencies and a few thousand distinct days, and parsing them
/// per row dominated the portfolio queries.
public struct RowDecoder {
    private var currencies: [String: Currency] = [:]
    private var days: [String: CalendarDay?] = [:]

    public init() {}

    public mutating func currency(_ code: String) -> Currency {
        if let known = currencies[code] { return known }
        let currency = Currency(code: code) ?? .eur
        currencies[code] = currency
        return currency
    }

    public mutating func optionalDay(_ text: String) -> CalendarDay? {
        if let known = days[text] { return known }
        let day = CalendarDay(parsing: text)
        days[text] = day
        return day
    }

    /// A corrupt value reads as the epoch rather than crashing.
    public mutating func day(_ text: String) -> CalendarDay { optionalDay(text) ?? CalendarDay(ordinal: 0) }
}
