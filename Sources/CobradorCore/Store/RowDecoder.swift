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

    private var packedDays: [Int32: CalendarDay] = [:]
    private var packedCurrencies: [(key: UInt32, currency: Currency)] = []

    /// A stored `YYYY-MM-DD` read from its bytes, without making a `String` per row; anything else goes
    /// through `CalendarDay(parsing:)`.
    public mutating func optionalDay(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard let key = Self.packedDay(bytes) else { return optionalDay(String(decoding: bytes, as: UTF8.self)) }
        if let known = packedDays[key] { return known }
        let day = CalendarDay(year: Int(key / 10_000), month: Int(key / 100 % 100), day: Int(key % 100))
        if let day { packedDays[key] = day }
        return day
    }

    public mutating func day(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay {
        optionalDay(utf8: bytes) ?? CalendarDay(ordinal: 0)
    }

    /// A stored three-letter code read from its bytes; a book has a handful, so a short list beats hashing.
    public mutating func currency(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Currency {
        guard bytes.count == 3 else { return currency(String(decoding: bytes, as: UTF8.self)) }
        let key = UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
        for known in packedCurrencies where known.key == key { return known.currency }
        let found = currency(String(decoding: bytes, as: UTF8.self))
        packedCurrencies.append((key, found))
        return found
    }

    /// `YYYY-MM-DD` as the number YYYYMMDD; nil when the bytes are not exactly that shape.
    static func packedDay(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        var value: Int32 = 0
        for i in 0..<10 where i != 4 && i != 7 {
            let digit = Int32(b[i]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
