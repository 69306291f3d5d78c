import Foundation

/// An exact amount in one currency, held as integer minor units (cents). Never a Double.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Parses a plain decimal string (`"1200.50"`, `"1200,5"`, `"-3"`), one separator at most.
    /// Returns nil when the text has more decimals than the currency allows, or is not a number.
    public init?(decimalString text: String, currency: Currency) {
        guard let units = Money.minorUnits(fromPlain: text, digits: currency.minorDigits) else { return nil }
        self.init(minorUnits: units, currency: currency)
    }

    public init?(_ decimal: Decimal, currency: Currency) {
        var scaled = decimal
        for _ in 0..<currency.minorDigits { scaled *= 10 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled else { return nil }
        let n = NSDecimalNumber(decimal: rounded)
        guard n.compare(NSNumber(value: Int64.max / 2)) == .orderedAscending,
            n.compare(NSNumber(value: Int64.min / 2)) == .orderedDescending
        else { return nil }
        self.init(minorUnits: n.int64Value, currency: currency)
    }

    /// The amount as an exact Decimal in major units.
    public var decimal: Decimal {
        var d = Decimal(minorUnits)
        for _ in 0..<currency.minorDigits { d /= 10 }
        return d
    }

    /// Canonical plain string with the currency's digits: `"1200.50"`.
    public var plainString: String {
        let digits = currency.minorDigits
        let negative = minorUnits < 0
        let magnitude = minorUnits.magnitude
        guard digits > 0 else { return (negative ? "-" : "") + String(magnitude) }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let major = magnitude / scale
        var minor = String(magnitude % scale)
        while minor.count < digits { minor = "0" + minor }
        return (negative ? "-" : "") + "\(major).\(minor)"
    }

    public var description: String { "\(plainString) \(currency.code)" }

    public var isZero: Bool { minorUnits == 0 }
    public var isPositive: Bool { minorUnits > 0 }

    static func minorUnits(fromPlain raw: String, digits: Int) -> Int64? {
        // Amounts are nearly always ASCII: read the bytes (the parser meets one in most messages).
        if let ascii = raw.utf8.withContiguousStorageIfAvailable({ minorUnits(ascii: $0, digits: digits) }),
            let result = ascii
        {
            return result
        }
        return minorUnits(general: raw, digits: digits)
    }

    /// `.some(nil)` for an invalid ASCII amount, nil when the text is not ASCII.
    private static func minorUnits(ascii bytes: UnsafeBufferPointer<UInt8>, digits: Int) -> Int64?? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isBlank = { (b: UInt8) in b == 0x20 || b == 0x09 }
        var lo = bytes.startIndex
        var hi = bytes.endIndex
        while lo < hi, isBlank(bytes[lo]) { lo += 1 }
        while hi > lo, isBlank(bytes[hi - 1]) { hi -= 1 }
        var negative = false
        if lo < hi, bytes[lo] == UInt8(ascii: "-") || bytes[lo] == UInt8(ascii: "+") {
            negative = bytes[lo] == UInt8(ascii: "-")
            lo += 1
        }
        let body = bytes[lo..<hi]
        let separator = body.contains(UInt8(ascii: ",")) ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let cut = body.firstIndex(of: separator)
        let major = body[..<(cut ?? hi)]
        var fraction = cut.map { body[($0 + 1)...] } ?? body[hi..<hi]
        guard !major.isEmpty, major.count <= 12, major.allSatisfy(isDigit), fraction.allSatisfy(isDigit),
            cut == nil || !fraction.isEmpty
        else { return .some(nil) }
        while fraction.count > digits, fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        guard fraction.count <= digits else { return .some(nil) }
        var value: Int64 = 0
        for b in major { value = value * 10 + Int64(b - 0x30) }
        for b in fraction { value = value * 10 + Int64(b - 0x30) }
        for _ in fraction.count..<digits { value *= 10 }
        return .some(negative ? -value : value)
    }

    static func minorUnits(general raw: String, digits: Int) -> Int64? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        } else if text.hasPrefix("+") {
            text.removeFirst()
        }
        let pieces = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        // At most 12 integer digits (under a trillion): totals add up many amounts in Int64, and with 15
        // digits a hundred invoices of one client overflowed "who owes" (a crash found by the stress tests).
        guard pieces.count <= 2, let majorText = pieces.first, !majorText.isEmpty,
            majorText.allSatisfy({ $0.isASCII && $0.isNumber }), majorText.count <= 12
        else { return nil }
        var fraction = pieces.count == 2 ? String(pieces[1]) : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), !(pieces.count == 2 && fraction.isEmpty) else { return nil }
        // Trailing zeros beyond the currency's digits are harmless ("12.500" EUR); anything else is not.
        while fraction.count > digits, fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= digits else { return nil }
        while fraction.count < digits { fraction += "0" }
        guard let value = Int64(majorText + fraction) else { return nil }
        return negative ? -value : value
    }
}

extension Money {
    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "currencies are never summed")
        return Money(minorUnits: lhs.minorUnits + rhs.minorUnits, currency: lhs.currency)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "currencies are never summed")
        return Money(minorUnits: lhs.minorUnits - rhs.minorUnits, currency: lhs.currency)
    }
}

/// Totals kept apart per currency: the only way cobrador adds up money from several invoices.
public struct CurrencyTotals: Hashable, Sendable, Codable {
    public private(set) var byCurrency: [Currency: Int64] = [:]

    public init() {}

    public mutating func add(_ money: Money) {
        byCurrency[money.currency, default: 0] += money.minorUnits
    }

    /// In a stable order (by currency code), zero totals left out.
    public var amounts: [Money] {
        byCurrency.filter { $0.value != 0 }.map { Money(minorUnits: $0.value, currency: $0.key) }
            .sorted { $0.currency < $1.currency }
    }

    public var isEmpty: Bool { amounts.isEmpty }
}
